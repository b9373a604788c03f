-- NoSQL injection from the query languages' own grammar, not from payload
-- lists: what a value does when an application puts it into a document
-- database's filter, a search engine's query or a key-value store's
-- script. Reported as sqli-nosql (the SQL class: the same injection, into
-- another query language):
--   MongoDB  an operator object where a scalar was expected ("{$ne: 1}",
--            "[$ne]" in a name, "$where: ..."), or inside a filter
--            document an operator that runs code or decides nothing; a
--            $regex that nests quantifiers; a pipeline stage that reads
--            another collection or writes; a secret's field compared a
--            piece at a time; the shell's statements (db.users.drop());
--            a JSON string closed by the value, then an operator key
--   Mango    (CouchDB's selector) the same oracles on a secret's field
--   search   Lucene's and Elasticsearch's OR of a match-all, Solr's local
--            parameters that join, walk or parse XML, match_all documents
--   Redis    a script calling the server's administration
-- edge.waf.detect.sqli runs these rules behind its gate, after its own,
-- and counts their needles and patterns with its own.

local match = require "edge.waf.match"
local rules = require "edge.waf.rules"

local byte = string.byte
local sub = string.sub
local find = string.find
local gsub = string.gsub
local gmatch = string.gmatch
local smatch = string.match
local concat = table.concat
local lower = string.lower
local pairs = pairs
local alt = rules.alt


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "sqli-nosql", severity = "critical", pl = 1,
      desc = "MongoDB query operator in an argument name, key or object in a value, "
             .. "or a MongoDB shell statement (db.users.drop()); a search query's "
             .. "match-all or join, a Redis script's admin call" },
}

local MONGO = alt({
    "ne", "eq", "gt", "gte", "lt", "lte", "in", "nin", "regex", "where",
    "exists", "not", "nor", "or", "and", "elemmatch", "size", "all", "type",
    "mod", "text", "expr", "jsonschema", "function", "accumulator",
    "lookup", "graphlookup", "merge", "out", "set", "unset", "rename",
    "inc", "push", "pull", "slice", "nearsphere", "geowithin", "comment",
    "unionwith", "addtoset", "setoninsert",
})
local RE_NOSQL_NAME = [=[\[\s*\$]=] .. MONGO .. [=[\s*\]]=]
local RE_NOSQL_KEY = [=[^\$]=] .. MONGO .. [=[$]=]
-- [$ne], or an object's key ({$gt: ''}, {"$where": "..."}, $where: ...)
local RE_NOSQL_VALUE = [=[^\s*\[?\s*\$]=] .. MONGO .. [=[\s*\]|\[\s*\$]=] .. MONGO
    .. [=[\s*\]|(?:^|[{,])\s*(?:"\$|'\$|\$)]=] .. MONGO .. [=[["']?\s*:]=]
-- What each of its branches holds: "$" then an operator. The pattern's
-- branches start with "^", "[" or "{" "," (PCRE tries them at every byte
-- of a long value); this one starts with "$", which PCRE looks for first.
local RE_NOSQL_OPERATOR = [=[\$]=] .. MONGO
-- An operator object that replaces a scalar the application expected is
-- the injection: the value starts with one ("{$ne: 1}", "$where: ...")
-- or holds "[$op]". Inside a filter document whose keys are fields
-- (Parse's "where" parameter, a BI tool's Mongo filter: '{"labels": {"$in":
-- ["gold"]}, "amount": {"$gte": 50}}') an operator narrows the result;
-- it injects when it runs code ($where, $function, $accumulator) or its
-- operand decides nothing: $ne, $nin or $not of null, an empty value,
-- true, false, 0, 1 or -1; $gt or $gte of an empty string, null or a
-- negative number; $exists true; a $regex that matches anything; an
-- empty object among $or's alternatives.
local NOSQL_CODE = { where = true, ["function"] = true, accumulator = true }
local NOSQL_NOT = { ne = true, nin = true, ["not"] = true }
-- comparisons with an operator of their own for the negation ($eq's $ne,
-- $lt's $gte, $in's $nin, $exists false)
local NOT_COMPLEMENT = { eq = true, ne = true, lt = true, lte = true, gt = true, gte = true,
                         ["in"] = true, nin = true, exists = true }
-- a pipeline's stages that write what it found into a collection
local NOSQL_WRITE = { merge = true, out = true }
local NOSQL_ABOVE = { gt = true, gte = true }
-- an update's operators: a filter or a field's value never holds one, so
-- one inside a value ('{"name": "x", "$set": {"role": ...}}') changes
-- fields the application meant to write itself (an opening one is caught
-- as any operator standing where a scalar was expected)
local NOSQL_UPDATE = { set = true, unset = true, inc = true, push = true, pull = true,
                       rename = true, addtoset = true, setoninsert = true }
-- a pipeline's stages that read another collection
local NOSQL_JOIN = { lookup = true, graphlookup = true, unionwith = true }
-- the accounts and roles that hold every right: an $in or an $or that
-- names one among its values widens a lookup to them
local PRIVILEGED = { admin = true, administrator = true, root = true, superuser = true,
                     superadmin = true, sysadmin = true }

local function empty_operand(o)
    return find(o, "^null%f[%W]") or find(o, "^\"\"") or find(o, "^''")
end

local function nothing_operand(o)
    return empty_operand(o) or find(o, "^%[%s*%]") or find(o, "^{%s*}")
        or find(o, "^true%f[%W]") or find(o, "^false%f[%W]") or find(o, "^%-?[01]%f[^%w.]")
        or find(o, "^([\"'])%-?[01]%1")        -- (the same numbers quoted)
end

-- Whether a regular expression quantifies a group that holds a
-- quantifier ("([a-z]+\\s?)*", "(\\d+)+x", "(.*b){30}"): on a string
-- that almost matches, the engine tries every way of splitting it between
-- the two (catastrophic backtracking), a database's thread held for
-- seconds by one query. Escaped bytes and classes are skipped.
local QUANT = { [43] = true, [42] = true, [123] = true }     -- + * {

-- ... or a quantified group of alternatives that spell the same text two
-- ways ("(a|a)+", "(a|aa)*", "(x|y|xy)+": an alternative the others make
-- too, so a near miss is split as many ways as 2^n). Groups without
-- groups, classes or escapes inside are read.
local function overlapping_alternatives(body)
    -- (a rare question: its helper is made when asked)
    local function spelled_by(x, alts, skip)
        -- can x be cut into two or more of the other alternatives?
        local n = #x
        local ok = { [0] = 0 }          -- position -> pieces used to reach it
        for i = 0, n - 1 do
            local pieces = ok[i]
            if pieces then
                for k, a in ipairs(alts) do
                    if k ~= skip and a ~= "" and sub(x, i + 1, i + #a) == a then
                        local e = i + #a
                        if not ok[e] or ok[e] < pieces + 1 then
                            ok[e] = pieces + 1
                        end
                    end
                end
            end
        end
        return (ok[n] or 0) >= 2
    end
    if #body > 200 or find(body, "[()\\%[.]") or not find(body, "|", 1, true) then
        return false
    end
    local alts, seen = {}, {}
    for a in gmatch(body .. "|", "([^|]*)|") do
        if a ~= "" and seen[a] then
            return true
        end
        seen[a] = true
        alts[#alts + 1] = a
        if #alts > 16 then
            return false
        end
    end
    for k, a in ipairs(alts) do
        if a ~= "" and spelled_by(a, alts, k) then
            return true
        end
    end
    return false
end

local function nested_quantifier(re)
    local depth, quantified = 0, {}
    local opens = {}
    local i, n = 1, #re
    while i <= n do
        local c = byte(re, i)
        if c == 92 then                                       -- \x
            i = i + 1
        elseif c == 91 then                                   -- [...]
            local close = find(re, "]", i + 2, true)
            if not close then
                return false
            end
            i = close
        elseif c == 40 then                                   -- (
            depth = depth + 1
            quantified[depth] = false
            opens[depth] = i
        elseif c == 41 and depth > 0 then                     -- )
            local inner = quantified[depth]
            local from = opens[depth]
            depth = depth - 1
            local q = byte(re, i + 1)
            local repeats = QUANT[q] and not (q == 123 and not find(re, "^{%d", i + 1))
            if repeats and (inner or overlapping_alternatives(sub(re, from + 1, i - 1))) then
                return true
            end
            if depth > 0 and (inner or QUANT[q]) then
                quantified[depth] = true
            end
        elseif depth > 0 and (c == 43 or c == 42 or (c == 123 and find(re, "^{%d", i))) then
            quantified[depth] = true
        end
        i = i + 1
    end
    return false
end


-- Operators that stand only where a whole filter does: a document's logic
-- ($and, $or, $nor, $expr, $text, $jsonSchema) and a pipeline's $match
-- stage. A value that opens with one is a filter document an application
-- takes as such (its operators are read one by one below); one that opens
-- with an operator a field's value takes ({"$ne": null}, {"$gt": ""},
-- {"$regex": ".*"}, {"$where": ...}) stands where a scalar was expected,
-- the injection, and so does a pipeline that opens by joining or
-- reshaping ("[{"$lookup": {"from": "accounts", ...}}, {"$project": ...}]").
local DOCUMENT_OPS = { ["and"] = true, ["or"] = true, nor = true, expr = true, text = true,
                       jsonschema = true, match = true }

local operators_inject     -- (below: each operator with its operand)

-- A query string of filters the value carries (Strapi's and qs's
-- brackets, a saved view's URL: "filters[name][$containsi]=wool&sort[0]=
-- size:desc"): every operator in a parameter named filter(s) or where,
-- the one before "=" given that operand, the others logic. Its operators
-- as a filter document's ("$containsi: linen, "), read with their
-- operands below; nil when an operator stands anywhere else
-- ("username[$ne]=x": the operator object where a scalar was expected).
local FILTER_PARAMS = { filter = true, filters = true, where = true }
local LOGIC_OPS = { ["and"] = true, ["or"] = true, ["not"] = true, nor = true }

local function bracket_filters(s)
    if find(s, "[{}]") then
        return nil
    end
    local out, n = {}, 0
    for piece in gmatch(s, "[^&]+") do
        if find(piece, "[$", 1, true) then
            if not FILTER_PARAMS[smatch(piece, "^%s*(%a+)%[")] then
                return nil
            end
            local op, operand = smatch(piece, "%[%$(%a+)%]%s*=%s*(.-)%s*$")
            if not op then
                return nil
            end
            local ops = 0
            for o in gmatch(piece, "%[%$(%a+)%]") do
                ops = ops + 1
                if ops > 1 and not LOGIC_OPS[o] and o ~= op then
                    return nil
                end
            end
            n = n + 1
            if operand == "" or op == "regex" then
                operand = '"' .. operand .. '"'
            end
            out[n] = "$" .. op .. ": " .. operand .. ", "
        end
    end
    return n > 0 and concat(out) or nil
end

local function nosql_injects(s)
    if find(s, "%[%s*%$%a+%s*%]") and not find(s, "^[%s%[{]*[\"']?%$") then
        local t = bracket_filters(s)
        return t == nil or operators_inject(t)
    end
    -- (a pipeline, "[{"$lookup": ...}]", starts with a stage; an unquoted
    -- key after a quote closed and an object or a list ended or went on,
    -- "', $or: [{}, ...", "' } ], $comment: '...'", broke out of a
    -- string of the query's JavaScript)
    -- (an unquoted key is JavaScript's object literal, the shell's and
    -- $where's: "{a: 1, $comment: 'x'}"; a filter document is JSON)
    local first, after = smatch(s, "^[%s%[{]*[\"']?%$(%a+)[\"']?%s*:%s*()")
    if not first then
        first = smatch(s, "^[%s%[{]*[\"']?%$(%a+)")
    end
    -- (logic holds a list of conditions, a stage a document: "{"$or":
    -- "1"}" is a probe, no filter)
    local opens = after and byte(s, after)
    if (first and not (DOCUMENT_OPS[first]
                       and (opens == 91 or (opens == 123 and first ~= "and" and first ~= "or"
                                            and first ~= "nor"))))
            or find(s, "%[%s*%$%a+%s*%]")
            or find(s, "['\"][%s,}%]]*,%s*%$%a+%s*:") or find(s, "[{,]%s*%$%a+%s*:") then
        return true
    end
    return operators_inject(s)
end


-- (the comparisons that hold when both sides are the same)
local EXPR_TRUE_ON_SAME = { eq = true, gte = true, lte = true }

-- A list of operands that decide nothing ("[0]", "[null, \"\"]"): what a
-- $nin of them keeps is every document.
local function nothing_list(o)
    local inner = smatch(o, "^%[(.-)%]")
    if not inner or not find(inner, "%S") then
        return inner ~= nil
    end
    for item in gmatch(inner, "[^,]+") do
        item = smatch(item, "^%s*(.-)%s*$")
        if not nothing_operand(item) then
            return false
        end
    end
    return true
end

-- A field path that names a secret ("$auth.pin_hash", "$api_key",
-- match.secret_name): an expression that reads it (the first character of
-- "$api_key" compared with "a") asks a question of every document's
-- secret, a blind extraction one character or one length at a time.
local secret_path = match.secret_name

local function reads_secret(s, at)
    for name in gmatch(sub(s, at, at + 300), "[\"']%$([%a_][%w_.]*)[\"']") do
        if secret_path(name) then
            return true
        end
    end
    return false
end

-- A list's quoted values, one of them a privileged account or role.
local function names_privileged(list)
    for name in gmatch(list, "[\"']%s*([%w_-]+)%s*[\"']") do
        if PRIVILEGED[lower(name)] then
            return true
        end
    end
    return false
end

-- A field that flags a privilege: "is_admin", "isSuperuser", "staff".
local function privilege_flag(field)
    local f = gsub(lower(field), "[_.-]", "")
    f = smatch(f, "^is(.+)$") or smatch(f, "^has(.+)$") or f
    return PRIVILEGED[f] or f == "staff" or f == "superadmin" or f == "privileged"
end

-- $or's alternatives ('[{"private": true}, {"private": false}]', '[{"unit":
-- "12-A"}, {"unit": {"$ne": "12-A"}}]'): whether two of them on one field
-- hold together for every value it can take (a literal and its negation,
-- true and false), or one of them names a privileged account or sets a
-- privilege's flag.
local function or_widens(list)
    local eq, ne = {}, {}
    for field, at in gmatch(list, "{%s*[\"']([%w_.-]+)[\"']%s*:%s*()") do
        local lit = smatch(list, "^\"[^\"]*\"", at) or smatch(list, "^'[^']*'", at)
            or smatch(list, "^[%w.+-]+", at)
        if lit then
            lit = gsub(lit, "'", '"')
            eq[field] = eq[field] or {}
            eq[field][lit] = true
            if PRIVILEGED[lower(smatch(lit, "^\"?%s*(.-)%s*\"?$"))] then
                return true
            end
            -- (or a privilege's flag set: '{"is_admin": true}' among the
            -- alternatives matches every privileged account)
            if (lit == "true" or lit == "1") and privilege_flag(field) then
                return true
            end
        else
            local op, neg = smatch(list, "^{%s*[\"']?%$(%a+)[\"']?%s*:%s*([^,}]-)%s*}", at)
            if op == "ne" then
                ne[field] = ne[field] or {}
                ne[field][gsub(neg, "'", '"')] = true
            end
        end
    end
    for field, lits in pairs(eq) do
        if (lits["true"] and lits["false"]) or (lits["1"] and lits["0"]) then
            return true
        end
        for lit in pairs(ne[field] or {}) do
            if lits[lit] then
                return true
            end
        end
    end
    return false
end

-- A join's or a union's collection, or a projection's field, that names a
-- secret ('{"$unionWith": {"coll": "api_tokens", ...}}', '{"$project":
-- {"u.password_hash": 1}}'): a pipeline that reads credentials out.
local function pipeline_reads_secret(o)
    local coll = smatch(o, "^{[^}]-[\"']?from[\"']?%s*:%s*[\"']([%w_.-]+)")
        or smatch(o, "^{[^}]-[\"']?coll[\"']?%s*:%s*[\"']([%w_.-]+)")
        or smatch(o, "^[\"']([%w_.-]+)[\"']")
    if coll and secret_path(coll) then
        return true
    end
    for field in gmatch(smatch(o, "^{[^}]*") or "", "[\"']([%w_.-]+)[\"']%s*:%s*[1t]") do
        if secret_path(field) then
            return true
        end
    end
    return false
end

-- A stage that groups documents by a secret or names a field after one
-- ('{"$group": {"_id": "$otp_seed"}}', '{"$project": {"pw":
-- "$password"}}', '{"$sortByCount": "$pin"}'): every document's secret
-- comes back as a key or a value (an accumulator's '{"$sum": "$tokens"}'
-- gives back a number).
local SHAPING = { group = true, project = true, addfields = true, replacewith = true,
                  bucket = true, sortbycount = true }
local function stage_exposes_secret(s, at)
    local o = sub(s, at, at + 300)
    if secret_path(smatch(o, "^[\"']%$([%a_][%w_.]*)[\"']")) then
        return true
    end
    for name in gmatch(o, "[\"'][%w_.]+[\"']%s*:%s*[\"']%$([%a_][%w_.]*)[\"']") do
        if secret_path(name) then
            return true
        end
    end
    return false
end
-- (each operator of the value, its first 64)
local function shaping_stage_secret(s)
    local n = 0
    for op, at in gmatch(s, "%$(%a+)[\"']?%s*:%s*()") do
        if SHAPING[op] and stage_exposes_secret(s, at) then
            return true
        end
        n = n + 1
        if n >= 64 then
            return false
        end
    end
    return false
end

-- An AQL loop's variable, then its RETURN (within 400 bytes) reading a
-- secret field of it ("u.password", "{h: u.pin_hash}").
local function aql_returns_secret(s)
    local var, at = smatch(s, "%f[%w_]for%s+([%a_][%w_]*)%s+in%s+[%a_][%w_.]*()")
    if not var then
        return false
    end
    local r = find(s, "%f[%w_]return%f[^%w_]", at)
    if not r or r > at + 400 then
        return false
    end
    for name in gmatch(sub(s, r, r + 200), "%f[%w_]" .. var .. "%.([%w_.]+)") do
        if secret_path(name) then
            return true
        end
    end
    return false
end

-- A tenant's or an owner's field compared by anything but equality or a
-- list ('"tenant": {"$ne": "acme"}', '"tenant_id": {"$gt": 0}'): the one
-- filter an application adds to keep a client inside its own data, opened.
local function scope_field(name)
    name = lower(name)
    return find(name, "^tenant") ~= nil or find(name, "[_.]tenant") ~= nil
        or find(name, "^owner_?id$") ~= nil or find(name, "^org_?id$") ~= nil
        or find(name, "^organi[sz]ation_?id$") ~= nil or name == "owner" or name == "org"
end
local SCOPE_KEEPS = { eq = true, ["in"] = true }

-- A Mango query (CouchDB's "selector") whose "fields" list names a
-- secret ('"fields": ["login", "pin_hash"]'): the projection that reads
-- credentials out, as a $project does.
local function mango_reads_secret(s)
    local list = find(s, "selector", 1, true) and smatch(s, "[\"']fields[\"']%s*:%s*(%b[])")
    if not list then
        return false
    end
    for field in gmatch(list, "[\"']([%w_.-]+)[\"']") do
        if secret_path(field) then
            return true
        end
    end
    return false
end

operators_inject = function(s)
    if mango_reads_secret(s) then
        return true
    end
    -- (and a role's field, or a privilege's flag, negated: '"role":
    -- {"$nin": ["viewer"]}' is every other role, the privileged ones too)
    for field, op, after in gmatch(s, "[\"']([%w_.-]+)[\"']%s*:%s*{%s*[\"']?%$(%a+)()") do
        if not SCOPE_KEEPS[op] and scope_field(field) then
            return true
        end
        local f = lower(field)
        -- (an array of roles negated element by element: '"roles":
        -- {"$elemMatch": {"$ne": "viewer"}}' is any account holding
        -- one more role than that)
        local negated = NOSQL_NOT[op]
        if op == "elemMatch" or op == "elemmatch" then
            local inner = smatch(s, "^[\"']?%s*:%s*{%s*[\"']?%$(%a+)", after)
            negated = inner ~= nil and NOSQL_NOT[inner]
        end
        if negated and (privilege_flag(field)
                        or find(f, "^roles?$") or find(f, "[_.]roles?$")) then
            return true
        end
    end
    for op, at in gmatch(s, "%$(%a+)[\"']?%s*:%s*()") do
        local o = sub(s, at, at + 40)
        if NOSQL_CODE[op] or NOSQL_WRITE[op] or NOSQL_UPDATE[op] then
            return true
        elseif NOSQL_JOIN[op] or op == "project" then
            -- (a join stage among a filter document's fields, '{"name":
            -- "x", "$lookup": {...}}': a pipeline's stage only stands in a
            -- pipeline, as an update's operator only in an update; one in
            -- an array under a key, '{"p": [{"$unionWith": ...}]}', is a
            -- pipeline's)
            if op ~= "project" and find(s, "^%s*{%s*[\"']?[%a_]") then
                local head = sub(s, 1, at - 1)
                local _, opens = gsub(head, "{", "")
                local _, closes = gsub(head, "}", "")
                if opens - closes == 1 and not find(head, "[", 1, true) then
                    return true
                end
            end
            -- (a join after a $match that selects nothing out, "{}", is a
            -- pipeline that opens by joining)
            if pipeline_reads_secret(sub(s, at, at + 400))
                    or (op ~= "project" and find(s, "%$match[\"']?%s*:%s*{%s*}")) then
                return true
            end
            -- ($unionWith given a collection alone, '{"$unionWith": {"coll":
            -- "payments"}}' or its name: every document of it joins the
            -- result, no pipeline of its own to narrow them)
            if (op == "unionwith" or op == "unionWith")
                    and (find(o, "^[\"'][%w_.-]+[\"']%s*}")
                         or find(o, "^{%s*[\"']?coll[\"']?%s*:%s*[\"'][%w_.-]+[\"']%s*}")) then
                return true
            end
        elseif op == "in" then
            -- (or an operator object among its values, '"$in": [{"$gt":
            -- 0}]': $in takes values, an operator there stands where a
            -- value was expected)
            if names_privileged(smatch(s, "^%[[^%]]*", at) or "")
                    or find(o, "^%[[^%]]-{%s*[\"']?%$") then
                return true
            end
        elseif NOSQL_NOT[op] then
            if nothing_operand(o) or (op == "nin" and nothing_list(o)) then
                return true
            end
            -- ($not of an $eq that decides nothing, '{"$not": {"$eq": null}}':
            -- $ne under another name)
            local inner = op == "not" and smatch(o, "^{%s*[\"']?%$eq[\"']?%s*:%s*(.*)")
            if inner and nothing_operand(inner) then
                return true
            end
            -- ($not of a comparison that has its own complement,
            -- "{$not: {$gte: 5}}" for "$lt", "{$not: {$eq: 7}}" for
            -- "$ne": the operator written as the negation of its
            -- complement, which also takes every document without the
            -- field; a filter form sends the operator itself, and a filter
            -- that reads operators' names finds none. $not of a $regex,
            -- a $type or a $size is the one way to ask its negation, and
            -- $not of a field's document, a Mango selector's '"$not":
            -- {"status": ...}', is no operator)
            local negated = op == "not" and smatch(o, "^{%s*[\"']?%$(%a+)")
            if negated and NOT_COMPLEMENT[negated] then
                return true
            end
        elseif NOSQL_ABOVE[op] then
            -- (or the least ObjectId there is, all zeros: every document's
            -- id is above it)
            if empty_operand(o) or find(o, "^%-%d") or find(o, "^{%s*[\"']?%$oid[\"']?%s*:%s*"
                                                            .. "[\"']0+[\"']%s*}")
                    or find(lower(o), "^objectid%(%s*[\"']0+[\"']%s*%)") then
                return true
            end
        elseif op == "exists" then
            if find(o, "^true%f[%W]") or find(o, "^1%f[^%w.]") then
                return true
            end
        elseif op == "type" then
            -- (a field's type alone, "$type": 2 or "string", is what every
            -- document of the collection has: $exists under another name;
            -- legacy Extended JSON's binary, {"$binary": ..., "$type":
            -- "00"}, is a value)
            if not find(s, "$binary", 1, true) then
                return true
            end
        elseif op == "or" or op == "nor" then
            -- an empty object among the alternatives matches every one
            if find(o, "^%[%s*{%s*}") or find(o, "^%[[^%]]-,%s*{%s*}")
                    or (op == "or" and or_widens(sub(s, at, at + 400))) then
                return true
            end
        elseif op == "expr" then
            -- an aggregation expression that compares a literal or a
            -- field with itself ("$expr": {"$eq": ["$pin", "$pin"]}) is
            -- true for every document
            -- (or two numbers, no field at all, "$gt": [1, 0]: a constant,
            -- true for every document when it holds)
            local cmp, a, b = smatch(s, "^{%s*[\"']?%$(%a+)[\"']?%s*:%s*%["
                                     .. "%s*([^,%]]-)%s*,%s*([^,%]]-)%s*%]", at)
            if (cmp and EXPR_TRUE_ON_SAME[cmp] and a == b and a ~= "") or reads_secret(s, at) then
                return true
            end
            local x, y = tonumber(a or ""), tonumber(b or "")
            if x and y and ((cmp == "gt" and x > y) or (cmp == "gte" and x >= y)
                            or (cmp == "lt" and x < y) or (cmp == "lte" and x <= y)
                            or (cmp == "eq" and x == y) or (cmp == "ne" and x ~= y)) then
                return true
            end
        elseif op == "regex" then
            if find(o, "^([\"'/])[%^%.%*%+%$]*%1") then
                return true
            end
            -- (or wildcards around one punctuation byte every value of the
            -- field holds: ".*@.*", "^.*@" on an e-mail)
            if find(o, "^([\"'/])[%^%.%*%+%$]*[%.%*%+]+[%^%.%*%+%$]*[^%w%s\"'/\\%^%.%*%+%$]"
                    .. "[%^%.%*%+%$]*%1") then
                return true
            end
            local pattern = smatch(s, "^[\"'/](.-)[\"'/]", at)
            if pattern and nested_quantifier(pattern) then
                return true
            end
            -- (or an alternative that matches anything, "@x\\.example$|.*",
            -- "a|": the alternation is as wide as its widest branch)
            if pattern and find(pattern, "|", 1, true) then
                for branch in gmatch(pattern .. "|", "([^|]*)|") do
                    if find(branch, "^%^?%.?[%*%+]?%$?$") then
                        return true
                    end
                end
            end
            -- (or any character a counted number of times, "^.{6}$",
            -- "^.{8,}": a question of the value's length alone, the
            -- first step of reading a secret out; a filter asks of what
            -- the value holds)
            if pattern and find(pattern, ".{", 1, true)
                    and find(gsub(pattern, "{%d+,?%d*}", ""), "^[%^%.%*%+%$]+$") then
                return true
            end
        end
    end
    return false
end


-- A credential's field filtered by anything but equality: an operator
-- object on it in a filter document ('{"user": "ops", "passwd":
-- {"$regex": "^q7"}}', Directus's "_starts_with", CouchDB's selector)
-- or in a query string's brackets (Strapi's, qs's: "filters[password]
-- [$startsWith]=$2a", "[apiToken][$notNull]"). Compared with
-- a prefix, a pattern, a range or its mere presence, a secret answers
-- yes or no a character at a time: an oracle that reads it out, never
-- a filter a client needs (equality, "$eq", is a login's own check), and
-- a document's operator compares a secret with a string.
-- (the secret's word ends the name or a part of it: "resetToken",
-- "password_hash", not "hashtags" or "tokenCount")
-- (a PIN and a card's CVV or CVC are secrets as a password is: "pin",
-- "card_pin", "pin_code"; their word whole, not "spin" or "pinned"; and
-- so is a social security number, "ssn", "spouse_ssn", not "lessons",
-- and a password's short name, "pw", "admin_pw", not "pwm")
local SECRET_FIELD = [=[(?:[\w.-]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|hash|api_?key]=]
    .. [=[|private_?key|derived_?key|otp|salt)|(?:[\w.-]*[_.-])?(?:pin|cvv2?|cvc2?|ssn|pw))]=]
    .. [=[(?:[_.-][\w-]*)?]=]
local RE_NOSQL_SECRET = [=[\[\s*]=] .. SECRET_FIELD .. [=[\s*\]\s*\[\s*[$_](?!eq\b)[a-z]\w*\s*\]]=]
    .. [=[|["']]=] .. SECRET_FIELD .. [=[["']\s*:\s*\{\s*["']?[$_](?!eq\b)[a-z]\w*["']?\s*:]=]
    -- (a number, true, false or null compared is a count's, "tokens":
    -- {"$gt": 100}: a secret is a string)
    .. [=[(?!\s*(?:[\d.+-]|true\b|false\b|null\b))]=]
    -- (but $exists asks of the secret's presence alone, true or false:
    -- '{"api_key": {"$exists": false}}' finds the accounts without one)
    .. [=[|["']]=] .. SECRET_FIELD .. [=[["']\s*:\s*\{\s*["']?\$exists["']?\s*:]=]
    -- (and a PIN's or a card code's digits compared with a number by a
    -- range, '{"pin": {"$lt": 5000}}': the number a secret is, halved at
    -- each answer)
    .. [=[|["'](?:[\w.-]*[_.-])?(?:pin|cvv2?|cvc2?)(?:_?code)?["']\s*:\s*\{\s*["']?]=]
    .. [=[\$(?:gt|gte|lt|lte)["']?\s*:\s*-?\d]=]
    -- (or a search engine's script reading a secret's indexed value,
    -- Elasticsearch's and OpenSearch's painless "doc['<secret>'].value":
    -- a script query tests it, a script field returns it)
    .. [=[|\bdoc\s*\[\s*\\?["']]=] .. SECRET_FIELD .. [=[\\?["']\s*\]\s*\.\s*value\b]=]
    -- (or a search or an aggregation over a secret's field, '{"terms":
    -- {"field": "otp_seed"}}', "query_string" with "fields": the
    -- engine returns the values or matches them with "*")
    .. [=[|["'](?:terms|query_string|simple_query_string|significant_terms|top_hits]=]
    .. [=[|cardinality|multi_match)["']\s*:\s*\{[^{}]*?["']fields?["']\s*:\s*\[?\s*["']]=]
    .. SECRET_FIELD .. [=[["']]=]
local SECRET_WORDS = match.SECRET_WORDS


-- The MongoDB shell's statements: a method of a collection of "db" (by
-- name, or by a name looked up, "db[c]"), or of "db" itself, called
-- (NoSQL's DML and DDL, as INSERT INTO and DROP TABLE are SQL's; and the
-- list of the collections, what a walk over all of them starts from)
local RE_MONGO_SHELL = [=[\bdb\s*(?:\.\s*[\w$]+|\[[^\]\n]{1,40}\])\s*\.\s*]=]
    .. [=[(?:insert(?:one|many)?|find(?:one)?]=]
    .. [=[|find(?:one)?and\w+|update(?:one|many)?|replace(?:one)?|remove|delete(?:one|many)]=]
    .. [=[|drop|aggregate|mapreduce|save|count(?:documents)?|distinct|bulkwrite|renamecollection)]=]
    .. [=[\s*\(|\bdb\s*\.\s*(?:getcollection(?:names|infos)?|getsiblingdb|dropdatabase|eval]=]
    .. [=[|createuser|createcollection)\s*\(]=]


-- Names and keys (a query string's "[$ne]", a JSON key "$where")
_M.NAMES = rules.compile({
    { id = "sqli-nosql", field = "low", where = { name = true }, needles = { "$" },
      pattern = RE_NOSQL_NAME },
    { id = "sqli-nosql", field = "cmp", where = { key = true }, needles = { "$" },
      pattern = RE_NOSQL_KEY },
}, _M.RULES)

-- Values, behind edge.waf.detect.sqli's gate
_M.VALUES = rules.compile({
    -- a value that is an operator object alone, after a label at most
    -- ('{"$ne": "B-7"}', 'Ref: {"$gt": 0}'): where a scalar goes, the
    -- field holds a comparison, whatever it compares, as a JSON key of an
    -- operator's name is refused (NAMES). 0 of the benign corpus values
    -- have that shape; a filter on a field, '{"qty": {"$gt": 0}}', is
    -- judged by what it compares (nosql_injects)
    -- (the operator's "$" after a quote or the brace, a blank at most)
    { id = "sqli-nosql", field = "low", where = { path = false },
      needles = { "\"$", "'$", "{$", "{ $" }, plain = false,
      pattern = [=[^[^{}\n]{0,60}?\{\s*["']?\$(?:ne|nin|gt|gte|lt|lte|regex|exists|in|not|where]=]
          .. [=[|expr|elemmatch|all|size|type|mod)["']?\s*:[^{}]*\}\s*$]=] },
    { id = "sqli-nosql", field = "cmp", where = { path = false }, needles = { "$" },
      before = RE_NOSQL_OPERATOR, pattern = RE_NOSQL_VALUE, check = nosql_injects },
    -- a search query (Lucene's, Elasticsearch's query_string) widened by
    -- an OR of a match-all: a field with any value, every document, a
    -- field that exists ("SKU-1 OR owner:*"); a query that opens with its
    -- own "_exists_:vat_id AND ..." narrows
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { " or " },
      pattern = [=[\S\s+or\s+(?:[\w.]+\s*:\s*\*(?=\s|\)|$)|\*\s*:\s*\*|_exists_\s*:\s*[\w.]]=]
        -- (or a bare "*", every document, the query's or the group's end
        -- after it: "tag:x OR *")
        .. [=[|\*(?=\s*(?:$|[)"'])))]=]
        -- (or a match-all first, "owner:* OR x", every field's "*:*" too)
        .. [=[|(?:^|\s)(?:[\w.]+|\*)\s*:\s*\*\s+or\s+\S]=]
        -- (or after a ")" the value never opened, a group of its own that
        -- holds a match-all or a range open at one end: "rust) OR (team:x
        -- AND pay:*", "go) OR (pay:[90000 TO *]": the application's group
        -- closed early)
        .. [=[|^[^()]*+\)\s*or\s*\([^)]{0,200}?(?:[\w.]+\s*:\s*\*(?=\s|\)|$)]=]
        .. [=[|:\s*[\[{]\s*(?:\S+\s+to\s+\*|\*\s+to\s))]=]
        -- (or, after that ")", a field's term of its own with no group,
        -- "x*) OR team:ops OR (y": every document the term matches joins
        -- the application's; a list's "a) or b: ..." puts a blank after
        -- its label's colon, a URL its "//")
        .. [=[|^[^()]*+\)\s*or\s+[\w.]+:(?![\s/])[^\s)]]=] },
    -- Solr's local parameters opening the query, or a nested query's,
    -- that choose a parser reaching past the documents searched: a join
    -- ("{!join from=owner_id to=id fromIndex=users}", other documents' or
    -- another core's), a graph walk, the XML query parser (entities).
    -- A function query ("{!func}recip(...)", "{!frange l=0}") ranks what
    -- a power user's search finds; a template's merge field,
    -- "{!Contact.Name}", names no parser
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "{!" },
      pattern = [=[(?:^\s*|\b_query_\s*:\s*["']?)\{!\s*(?:type\s*=\s*)?]=]
        .. [=[(?:join|xmlparser|graph)\b[^}\n]{0,200}\}]=],
      plain = false },
    -- Elasticsearch's query document that matches every document, as a
    -- value ('{"size": 500, "query": {"match_all": {}}}', or one of a
    -- bool query's "should"): what a search form's own query never sends
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "match_all" },
      pattern = [=[["']match_all["']\s*:\s*\{]=], plain = false },
    -- (needs "(": no plain value)
    { id = "sqli-nosql", field = "cmp", where = { path = false },
      needles = { "db.", "db .", "db[", "db [" }, pattern = RE_MONGO_SHELL, plain = false },
    -- (a JSON string the value was written into, closed by its first
    -- quote (and its object closed), then a field of its own given an
    -- operator object, 'Kim"}, "age": {"$gt": 1}, "x": "': the filter the
    -- application builds by concatenation gets a condition the client
    -- chose; a filter document sent whole opens with its own "{")
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "$" },
      pattern = [=[^[^"\\\r\n{]*+"\s*\}?\s*,\s*"[\w.-]{1,40}"\s*:\s*\{\s*["']?\$]=] .. MONGO
          .. [=[["']?\s*:]=], plain = false },
    -- (needs "[" or "{": no plain value)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = SECRET_WORDS,
      pattern = RE_NOSQL_SECRET, plain = false },
    -- ($where's JavaScript reading a secret a piece at a time,
    -- "this.password.match(/^a/)": the oracle that reads it out)
    -- (or one of its characters by index, or its length, compared: "x' ||
    -- this.pin[0] == '7": the same oracle, a character at a time)
    { id = "sqli-nosql", field = "cmp", needles = { "this" },
      pattern = [=[\bthis\s*\.\s*]=] .. SECRET_FIELD
          .. [=[\s*(?:\.\s*(?:match|startswith|endswith]=]
          .. [=[|indexof|charat|charcodeat|substr(?:ing)?|slice|search|includes)\s*\(]=]
          .. [=[|(?:\[\s*\d+\s*\]|\.\s*length\b)\s*(?:[=!]==?|[<>]=?))]=] },
    -- (a JSON document's string closed by the value's first quote, then
    -- an operator key of its own, 'x", "$or": [...': the document built
    -- by concatenation, a string the value never opened; and an empty
    -- $jsonSchema, which every document matches; an apostrophe inside a
    -- word, "lion's mane", is no quote)
    -- (or a field of its own whose value is an operator object, 'x",
    -- "tier": {"$ne": "bronze"}, "y": "': whatever it compares, the
    -- filter is the value's, not the application's)
    { id = "sqli-nosql", field = "cmp", needles = { "$" },
      pattern = [=[^(?:[^"'{}]|(?<=\w)'(?=\w))*+["']\s*,\s*["']]=]
          .. [=[(?:[\w.-]{1,64}["']\s*:\s*\{\s*["'])?]=]
          .. [=[\$(?:or|and|nor|where|expr|ne|gt|gte|lt|lte|regex|in|nin|exists|jsonschema]=]
          .. [=[|function)["']\s*:|\$jsonschema["']?\s*:\s*\{\s*\}]=] },
    -- (a Cypher MATCH of a labelled node, then a RETURN of a secret's
    -- property of it, "MATCH (s:Staff) RETURN s.pin_hash", and a Gremlin
    -- traversal that reads one, "g.V().values('api_token')": the query
    -- reads credentials out, as the AQL loop's does)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "match" },
      pattern = [=[\bmatch\s*\(\s*(\w+)\s*:\s*\w+[^)]{0,80}\)[^\n]{0,200}?\breturn\s+\1\.]=]
          .. SECRET_FIELD .. [=[\b]=], plain = false },
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "g.v(", "g.e(" },
      pattern = [=[\bg\.[ve]\(\)[^\n]{0,200}?\.(?:values|properties|valuemap)\(\s*['"]]=]
          .. SECRET_FIELD .. [=[['"]]=], plain = false },
    -- (a Gremlin traversal's string argument closed, and its call, then
    -- steps of the value's own: "g1').drop().V().has('x": the
    -- traversal the application builds by concatenation drops vertices)
    { id = "sqli-nosql", field = "cmp", needles = { ")." },
      pattern = [=[^[^'"()]{0,64}['"]\s*\)\s*\.\s*(?:drop|v|e|addv|adde|property|sideeffect]=]
          .. [=[|inject)\s*\(]=], plain = false },
    -- (a query string's "$where=" as the value with JavaScript for it,
    -- "$where=1==1", "$where=this.a": MongoDB's; Socrata's SoQL $where is
    -- SQL's "=" and words, an open-data portal's filter)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "$where" },
      pattern = [=[^\s*\$where\s*=\s*(?:[^=&\n]{0,80}?={2,3}|this\s*\.|function\s*\(|return\b]=]
          .. [=[|sleep\s*\(|true\s*(?:$|&))]=] },
    -- ($where's JavaScript after the member's operand: a number, ";" and
    -- a return that decides alone, "0; return true", "1; return 1==1":
    -- every document; a statement of the value's own)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "return" },
      pattern = [=[^\s*-?\d+(?:\.\d+)?\s*;\s*return\s*\(?\s*(?:true|!0|1|(-?\d+|'[^']*'|"[^"]*")]=]
          .. [=[\s*={2,3}\s*\1)\s*\)?\s*;?\s*(?://.*)?$]=] },
    -- (... or a return of its own that reads the document or calls,
    -- after the operand or a token and the quote that closes its
    -- literal: "0;return this.role == 'admin'", "x'; return
    -- tojson(db.getCollectionNames()) == ''": the value chooses which
    -- documents match; "this." then a name, not a sentence's "this.")
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "return" },
      pattern = [=[^\s*(?:-?\d+(?:\.\d+)?|[^'"\s]{0,64}['"])\s*;\s*return\s*\(?\s*!?\s*]=]
          .. [=[(?:this\.[a-z_$]|[a-z_$][\w$.]{0,60}\()]=] },
    -- (... or, after the quote that closes the literal, a statement of
    -- the value's own, then a return that decides alone, "x'; this.a=1;
    -- return true; //": every document matches, whatever the statement did)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "return" },
      pattern = [=[^[^'"\s]{0,64}['"]\s*;[^;\n]{1,80};\s*return\s*\(?\s*(?:true|!0|1)\b]=] },
    -- (a GraphQL query that filters a list by an argument and selects a
    -- credential of each, "{ staff(filter: {...}) { name passwordHash }
    -- }": every account's secret read out; a list's own fields, a
    -- commit's hash or a page's token, are data)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "{" },
      plain = false,
      pattern = [=[\{\s*\w+\s*\([^()]{0,200}\)\s*\{[^{}]{0,400}?\b(?:password\w*|passwd|pwd]=]
          .. [=[|\w*_password|pin_hash|secret\w*|api_?key|private_?key)\b[^{}]{0,400}\}]=] },
    -- (... or a call of its own given the document's fields, "x'; f(this.a,
    -- this.b); '": a map function's emit, a log's print, run on every
    -- document with what it holds)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "this" },
      pattern = [=[^[^'"\s]{0,64}['"]\s*;\s*[a-z_$][\w$.]{0,60}\s*\([^()]{0,200}]=]
          .. [=[\bthis\s*\.\s*[a-z_$]]=] },
    -- (an $or's or a $nor's branch on a field named by a number alone,
    -- given an operator, '{"$or": [{"slip": "B-14"}, {"1": {"$ne": 2}}]}':
    -- no document has that field, so "$ne", "$exists": false and the like
    -- hold for every one, and the branch opens the filter; an array's
    -- element is reached by a path, "items.1")
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "$or", "$nor" },
      pattern = [=[\$n?or["']?\s*:\s*\[[^\]]{0,400}?\{\s*["']\d{1,3}["']\s*:\s*\{\s*["']?\$]=] },
    -- (a Redis script that calls the server's administration, "EVAL
    -- \"return redis.call('config','get','*')\" 0": what a value sent on
    -- to Redis as a script reads or changes; a key's get or set is data)
    -- (or KEYS given the pattern of every key: the whole keyspace read out
    -- by a script the server runs)
    { id = "sqli-nosql", field = "cmp", needles = { "redis" },
      pattern = [=[\bredis\s*\.\s*p?call\s*\(\s*['"](?:(?:config|flushall|flushdb|slaveof]=]
          .. [=[|replicaof|module|debug|shutdown|acl|save|bgsave|migrate)['"]]=]
          .. [=[|keys['"]\s*,\s*['"]\*['"])]=] },
    -- (a pipeline's stage that groups by a secret or names a field after
    -- one, '{"$group": {"_id": "$pin_hash"}}': stage_exposes_secret)
    { id = "sqli-nosql", field = "low", where = { path = false },
      needles = { "$group", "$project", "$addfields", "$replacewith", "$bucket",
                  "$sortbycount" },
      check = shaping_stage_secret, plain = false },
    -- (a filter document's own "$comment" key, '{"qty": {...}, "$comment":
    -- "x"}': the client's text written into the database's profiler and
    -- its log; a filter a form builds has only fields)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "$comment" },
      pattern = [=[[{,]\s*["']\$comment["']\s*:]=], plain = false },
    -- (an AQL query, ArangoDB's, that returns a secret field of the
    -- documents it loops over, "FOR u IN staff RETURN u.pin_hash", or an
    -- object of them: every account's secret read out)
    -- (a plain value can hold it: "return " is its plain needle)
    { id = "sqli-nosql", field = "low", where = { path = false }, needles = { "return" },
      check = aql_returns_secret, plain = { "return " } },
    -- (a value that is one of CouchDB's reserved endpoints, "_all_docs
    -- ?include_docs=true": a document's id never starts with "_", and an
    -- id put into the document's URL reads the whole database, its
    -- changes feed, its design documents or the server's users instead)
    { id = "sqli-nosql", field = "low", where = { path = false },
      needles = { "_all_docs", "_changes", "_design", "_bulk_", "_all_dbs", "_users",
                  "_config", "_replicator", "_security", "_purge" },
      pattern = [=[^\s*_(?:all_docs|changes|design|bulk_(?:docs|get)|all_dbs|users|config]=]
          .. [=[|replicator|security|purge)(?:[/?#]|\s*$)]=] },
}, _M.RULES)

return _M
