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

local re_find = require("edge.waf.re").find
local re_match = require("edge.waf.re").match
local normalize = require "edge.waf.normalize"
local rules = require "edge.waf.rules"
local get = rules.get

local byte = string.byte
local find = string.find
local gsub = string.gsub
local lower = string.lower
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
      desc = "script URL scheme (javascript:, vbscript:, data:text/html)" },
    { id = "xss-css", severity = "critical", pl = 1,
      desc = "CSS that runs script (expression(), -moz-binding, url(javascript:))" },
    { id = "xss-dom", severity = "critical", pl = 1,
      desc = "DOM sink or script entry point called like code" },
    { id = "xss-obfuscation", severity = "critical", pl = 1,
      desc = "JSFuck, tagged templates, spaced-out tag names" },
    { id = "xss-ssi", severity = "critical", pl = 1,
      desc = "server-side include directive" },
    { id = "xss-xml", severity = "critical", pl = 1,
      desc = "XML entity declaration, XInclude or namespace injection" },
    { id = "xss-markup", severity = "notice", pl = 2,
      desc = "any HTML tag with attributes" },
}

local DANGEROUS = {}
-- Elements dangerous by themselves; the rest (svg, img, body, video...)
-- need an event handler or a script URL, which the attribute checks see.
for name in string.gmatch([[script iframe frame frameset object embed applet
    meta link base style form input button textarea isindex keygen
    bgsound layer ilayer import vmlframe xmp plaintext noscript noembed
    noframes template handler listener portal param title]], "%a+") do
    DANGEROUS[name] = true
end

local RE_TAG = [=[<\s*[/?]?\s*([a-z][a-z0-9_-]*)?(?:\s*:\s*([a-z][a-z0-9_-]*))?(?=[\s/>"'=]|$)]=]
local RE_SPACED_TAG = [=[<\s*[a-z](?:[\s\x0b]+[a-z]){2,}\b]=]
local RE_ATTR_HANDLER = [=[^[^>]*?[\s"'/`;]on[a-z]{3,40}[\s\x0b]*=]=]
local RE_ATTR_SCHEME = [=[^[^>]*?=\s*["'`]?\s*(?:java|vb|live)script\s*:]=]
local RE_HANDLER = [=[(?:^|[\s"'`;(,])on[a-z]{3,40}[\s\x0b]*=]=]
    .. [=[|["'`]\s*(?:formaction|srcdoc|xlink:href)\s*=]=]
local RE_HANDLER_TOKEN = [=[[0-9]on[a-z]{3,40}[\s\x0b]*=]=]
local RE_SCHEME = alt({
    [=[(?:^|[\s"'`=(,;:\[{<>])(?:java|vb|live)script\s*:]=],
    [=[^\s*data\s*:\s*(?:text/html|image/svg|application/(?:x-)?javascript)]=],
    [=[^\s*data\s*:\s*text/javascript]=],
    [=[\bdata\s*:\s*[\w/+.-]*\s*(?:;\s*base64)?\s*,\s*[<%]]=],
    [=[\bsrc\s*=\s*["']?\s*data\s*:]=],
})
local RE_CSS = alt({
    [=[[:=(\s]\s*expression\s*\(]=],
    [=[-moz-binding\s*:]=],
    [=[\bbehaviou?r\s*:\s*url]=],
    [=[url\s*\(\s*["']?\s*(?:java|vb)script\b]=],
    [=[@import\s*["'(]?\s*(?:url|["']?(?:https?:)?//|(?:java|vb)script)]=],
})
local DOM_PROPS = alt({
    "cookie", "domain", "location", "write", "writeln", "open", "body",
    "head", "forms", "createelement", [=[queryselector(?:all)?]=],
    [=[getelementsby\w+]=], "getelementbyid", "referrer", "url",
    "documenturi", "baseuri", "localstorage", "sessionstorage", "opener",
    "navigate", "execcommand", "defaultview", "implementation", "images",
    "scripts", "links", "anchors", "alert", "eval", "atob", "fetch",
    "postmessage",
})
local RE_DOM = alt({
    [=[\b(?:document|window|self|top|parent|frames|globalthis|content)\s*\)?\s*]=]
        .. [=[(?:\.\s*]=] .. DOM_PROPS .. [=[\b|\[\s*["'`])]=],
    [=[\b(?:alert|prompt|confirm|eval|settimeout|setinterval|execscript|atob|btoa)]=]
        .. [=[\s*\(\s*(?:\)|[\d"'`\[(/]|[\w$.]+\s*[),+(])]=],
    [=[\b(?:fetch|importscripts)\s*\(\s*["'`]]=],
    [=[\bnew\s+function\s*\(]=],
    [=[\bfunction\s*\(\s*\)\s*\{]=],
    [=[\bstring\s*\.\s*fromcharcode\s*\(]=],
    [=[\b(?:document\.|top\.|window\.)?location\s*(?:\.\s*href\s*)?=\s*["'`]?\s*]=]
        .. [=[(?:javascript|https?:|//)]=],
    [=[\bimport\s*\(\s*["'`]]=],
    [=[\.(?:innerhtml|outerhtml)\s*=]=],
    [=[\$\s*\.\s*getscript\s*\(]=],
})
local RE_OBFUSCATION = alt({
    [=[[!+]\s*!*\s*\[\s*\]]=],
    [=[[\w\])]\s*\.\s*[a-z_$][\w$]*\s*`]=],
    [=[[\w$\])]`[^`]*\$\{]=],
    [=[\)\s*\[\s*["'`]\w+["'`]\s*\]\s*\(]=],
})
local RE_SSI = [=[<!--\s*#\s*(?:exec|include|echo|set|config|printenv|fsize|flastmod|if|elif)\b]=]
local RE_XML = alt({
    [=[<!entity\b]=],
    [=[<!doctype\s+[\w:-]+\s*(?:\[|system\b|public\b)]=],
    [=[!entity\s+%?\s*[\w-]+\s+(?:system|public)\b]=],
    [=[\bxi:include\b]=],
    [=[\bxmlns(?::[\w-]+)?\s*=\s*["']?\s*(?:https?:|//)]=],
    [=[\bxsi:schemalocation\b]=],
    [=[<\s*[\w:-]+[^>]*\bsystem\s+["'](?:https?|file|ftp|php|jar|expect|gopher)]=],
})
local RE_MARKUP = [=[<[a-z][a-z0-9]*\s+[a-z-]+\s*=]=]

local CSS_NEEDLES = { "expression", "binding", "behavio", "url", "@import" }
local DOM_NEEDLES = {
    "document", "window", "self", "top", "parent", "frames", "globalthis",
    "content", "alert", "prompt", "confirm", "eval", "settimeout",
    "setinterval", "execscript", "atob", "btoa", "fetch", "importscripts",
    "function", "fromcharcode", "location", "import", "innerhtml",
    "outerhtml", "getscript",
}
-- One of the names as a word, then what code puts after it.
local DOM_GATE = [=[\b(?:]=] .. concat(DOM_NEEDLES, "|") .. [=[)\s*[.\[(=)`]]=]

local GATE = [=[[<>"'`:;=(\[{!+&]|script|on[a-z]|\bdocument\b|\bwindow\b]=]
local CONTROL = [=[[\x00-\x1f]]=]


-- Every "<name" read as a tag: dangerous elements, then the tag's own
-- attributes (up to 400 bytes on) for handlers and script URLs.
local function scan_tags(s, v, on, report)
    local ctx = get(v, "re_ctx")
    ctx.pos = 1
    for _ = 1, 32 do
        local m = re_match(s, RE_TAG, "jo", ctx)
        if not m then
            return false
        end
        local name = m[2] or m[1]
        if on["xss-tag"] and name and DANGEROUS[name] then
            if report("xss-tag") then
                return true
            end
        end
        local e = ctx.pos
        local rest = sub(s, e, e + 400)
        if on["xss-handler"] and re_find(rest, RE_ATTR_HANDLER, "jo") then
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


-- Texts detect sets on the view (fields of every view, edge.waf.rules).
local function none()
    return false
end

rules.buffer("nocntrl", none)
rules.buffer("xss_other", none)

local TAGS = { ids = { "xss-tag", "xss-handler", "xss-scheme" }, needles = { "<" },
               scan = scan_tags }
local NOT_PATH = { path = false }

-- In order. v.low unless said; "nocntrl" is v.low without control bytes
-- (detect sets it: schemes survive tabs, newlines and NULs in the word).
local RULES = rules.compile({
    TAGS,
    { id = "xss-obfuscation", needles = { "<" }, pattern = RE_SPACED_TAG },
    { id = "xss-ssi", needles = { "<" }, pattern = RE_SSI },
    { id = "xss-markup", needles = { "<" }, pattern = RE_MARKUP },
    { id = "xss-xml", pattern = RE_XML,
      needles = { "entity", "xmlns", "xi:", "xsi:", "doctype", "system" } },
    { id = "xss-handler", needles = { "=" }, pattern = RE_HANDLER },
    { id = "xss-handler-token", needles = { "=" }, pattern = RE_HANDLER_TOKEN },
    { id = "xss-css", needles = CSS_NEEDLES, pattern = RE_CSS },
    { id = "xss-dom", field = "cmp", where = NOT_PATH, needles = DOM_NEEDLES,
      before = DOM_GATE, pattern = RE_DOM },
    { id = "xss-obfuscation", where = NOT_PATH, needles = { "[", "`" },
      pattern = RE_OBFUSCATION },
    { id = "xss-scheme", field = "nocntrl", needles = { "script", "data" },
      pattern = RE_SCHEME },
}, _M.RULES)

-- The UTF-7 and 7-bit readings of the text (v.xss_other, set by detect):
-- only the tags.
local TAGS_ONLY = rules.compile({
    { ids = TAGS.ids, field = "xss_other", needles = { "<" }, scan = scan_tags },
}, _M.RULES)


function _M.detect(v, on, report, where)
    local s = v.low
    if re_find(s, GATE, "jo") then
        v.nocntrl = re_find(s, CONTROL, "jo") and gsub(s, "%c", "") or s
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


_M.PATTERNS = rules.patterns({ RE_TAG, RE_ATTR_HANDLER, RE_ATTR_SCHEME, GATE, CONTROL },
                             RULES)

return _M
