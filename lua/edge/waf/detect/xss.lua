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
local match = require "edge.waf.match"
local present = match.present

local byte = string.byte
local find = string.find
local gsub = string.gsub
local lower = string.lower
local concat = table.concat
local sub = string.sub


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

local function alt(list)
    return "(?:" .. concat(list, "|") .. ")"
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

local CSS_NEEDLES = match.register({ "expression", "binding", "behavio", "url",
                                     "@import" })
local DOM_NEEDLES = {
    "document", "window", "self", "top", "parent", "frames", "globalthis",
    "content", "alert", "prompt", "confirm", "eval", "settimeout",
    "setinterval", "execscript", "atob", "btoa", "fetch", "importscripts",
    "function", "fromcharcode", "location", "import", "innerhtml",
    "outerhtml", "getscript",
}
-- One of the names as a word, then what code puts after it.
local DOM_GATE = [=[\b(?:]=] .. concat(DOM_NEEDLES, "|") .. [=[)\s*[.\[(=)`]]=]
local OBF_NEEDLES = match.register({ "[", "`" })
local SCHEME_NEEDLES = match.register({ "script", "data" })

local GATE = [=[[<>"'`:;=(\[{!+&]|script|on[a-z]|\bdocument\b|\bwindow\b]=]


local tag_ctx = {}


local function check_tags(s, on, report)
    tag_ctx.pos = 1
    for _ = 1, 32 do
        local m = re_match(s, RE_TAG, "jo", tag_ctx)
        if not m then
            return false
        end
        local name = m[2] or m[1]
        if on["xss-tag"] and name and DANGEROUS[name] then
            if report("xss-tag") then
                return true
            end
        end
        local e = tag_ctx.pos
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


local function scan(s, on, report, where, cmp, tags_only)
    if find(s, "<", 1, true) then
        if check_tags(s, on, report) then
            return true
        end
        if tags_only then
            return false
        end
        if on["xss-obfuscation"] and re_find(s, RE_SPACED_TAG, "jo") then
            if report("xss-obfuscation") then
                return true
            end
        end
        if on["xss-ssi"] and re_find(s, RE_SSI, "jo") then
            if report("xss-ssi") then
                return true
            end
        end
        if on["xss-markup"] and re_find(s, RE_MARKUP, "jo") then
            if report("xss-markup") then
                return true
            end
        end
    end
    if on["xss-xml"] and (find(s, "entity", 1, true) or find(s, "xmlns", 1, true)
                          or find(s, "xi:", 1, true) or find(s, "xsi:", 1, true)
                          or find(s, "doctype", 1, true)
                          or find(s, "system", 1, true))
            and re_find(s, RE_XML, "jo") then
        if report("xss-xml") then
            return true
        end
    end
    local eq = find(s, "=", 1, true)
    if on["xss-handler"] and eq and re_find(s, RE_HANDLER, "jo") then
        if report("xss-handler") then
            return true
        end
    end
    if on["xss-handler-token"] and eq and re_find(s, RE_HANDLER_TOKEN, "jo") then
        if report("xss-handler-token") then
            return true
        end
    end
    if on["xss-css"] and present(s, CSS_NEEDLES) and re_find(s, RE_CSS, "jo") then
        if report("xss-css") then
            return true
        end
    end
    if where ~= "path" then
        local text = cmp or s
        if on["xss-dom"] and re_find(text, DOM_GATE, "jo")
                and re_find(text, RE_DOM, "jo") then
            if report("xss-dom") then
                return true
            end
        end
        if on["xss-obfuscation"] and present(s, OBF_NEEDLES)
                and re_find(s, RE_OBFUSCATION, "jo") then
            if report("xss-obfuscation") then
                return true
            end
        end
    end
    return false
end


function _M.detect(v, on, report, where)
    local s = v.low
    if re_find(s, GATE, "jo") then
        if scan(s, on, report, where, v.cmp) then
            return true
        end
        -- Schemes survive tabs, newlines and NULs inside the word.
        if on["xss-scheme"] then
            local t = s
            if re_find(t, [=[[\x00-\x1f]]=], "jo") then
                t = gsub(t, "%c", "")
            end
            if present(t, SCHEME_NEEDLES) and re_find(t, RE_SCHEME, "jo") then
                if report("xss-scheme") then
                    return true
                end
            end
        end
    end
    -- UTF-7 and 7-bit (US-ASCII) views of the same text.
    if find(s, "+", 1, true) and find(s, "-", 1, true) then
        local u = normalize.utf7_decode(v.dec)
        if u ~= v.dec and find(u, "<", 1, true) then
            if scan(lower(u), on, report, where, nil, true) then
                return true
            end
        end
    end
    local seven = normalize.seven_bit(v.dec)
    if seven and scan(lower(seven), on, report, where, nil, true) then
        return true
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

_M.PLAIN_NEEDLES = {
    { "entity", "xmlns", "xi:", "xsi:", "doctype", "system" },
    CSS_NEEDLES, DOM_NEEDLES, OBF_NEEDLES, SCHEME_NEEDLES,
}


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


_M.PATTERNS = {
    RE_TAG, RE_SPACED_TAG, RE_ATTR_HANDLER, RE_ATTR_SCHEME, RE_HANDLER,
    RE_HANDLER_TOKEN, RE_SCHEME, RE_CSS, RE_DOM, RE_OBFUSCATION, RE_SSI,
    RE_XML, RE_MARKUP, GATE, DOM_GATE,
}

return _M
