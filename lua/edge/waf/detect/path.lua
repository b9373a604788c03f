-- Path traversal / local file inclusion, remote file inclusion, SSRF and
-- dangerous upload names, from path structure.
--
-- Traversal is a ".." path segment however it is spelled (/, \, %2f,
-- overlong UTF-8, 0x2e hex notation, ";" path parameters). LFI targets are
-- absolute paths into operating-system directories (/etc/x, /proc/x,
-- C:\Windows\x) and hidden (dot) directories. RFI is a URL whose host is an
-- IP literal, a URL cut short with a trailing "?", or a URL given to an
-- argument named like a file or include path. SSRF is a URL (or host/path)
-- pointing at loopback, link-local/metadata addresses or internal names.
-- Upload names are checked for executable server-side extensions.

local re_find = require("edge.waf.re").find
local rules = require "edge.waf.rules"

local byte = string.byte
local find = string.find
local gsub = string.gsub
local ipairs = ipairs
local alt = rules.alt


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "lfi-traversal", severity = "critical", pl = 1,
      desc = "a '..' path segment (any separator or encoding)" },
    { id = "lfi-system-path", severity = "critical", pl = 1,
      desc = "absolute path into an OS directory (/etc/x, C:\\Windows)" },
    { id = "lfi-hidden", severity = "critical", pl = 1,
      desc = "hidden (dot) file or directory" },
    { id = "lfi-extension", severity = "critical", pl = 1,
      desc = "path ending in a restricted extension (backup, dump, key)" },
    { id = "rfi-ip-url", severity = "critical", pl = 1,
      desc = "URL whose host is an IP literal" },
    { id = "rfi-truncation", severity = "critical", pl = 1,
      desc = "URL ending in '?' (cuts off an appended suffix)" },
    { id = "rfi-data-uri", severity = "critical", pl = 1,
      desc = "a data: URI as a whole value (inline content for includes)" },
    { id = "rfi-include-url", severity = "critical", pl = 1,
      desc = "URL given to an argument named like a path or include" },
    { id = "ssrf-internal", severity = "critical", pl = 1,
      desc = "URL to loopback, link-local/metadata or internal hosts" },
    { id = "file-upload-name", severity = "critical", pl = 1,
      desc = "upload name with a server-side executable extension" },
}


local RE_TRAVERSAL_PATH = alt({
    [=[(?:^|[/\\;])\.{2,}[/\\;]]=],
    [=[[/\\]\.{3,}]=],
})
local RE_TRAVERSAL = alt({ RE_TRAVERSAL_PATH, [=[(?:^|[/\\])\.{2,}$]=] })

local OS_DIRS = alt({
    [=[etc/\w]=], [=[proc/(?:self|\d|[a-z])]=],
    [=[sys/(?:class|kernel|devices|fs|block|bus|module|power|firmware)\b]=],
    [=[dev/(?:tcp|udp|shm|mem|kmem|fd|stdin|stdout|null|zero|random|urandom|disk|sd)]=],
    [=[var/(?:log|lib|run|spool|mail|www|cache|backups|tmp)\b]=],
    [=[root/]=], [=[boot/]=], [=[tmp/[\w.]]=],
    [=[usr/(?:local/)?(?:etc|bin|sbin|lib|libexec|share|apps|src)\b]=],
    [=[s?bin/\w]=], [=[opt/\w]=], [=[home/[\w.-]+/\.]=],
    [=[windows\b]=], [=[winnt\b]=], [=[inetpub\b]=], [=[system32\b]=],
    [=[boot\.ini\b]=], [=[win\.ini\b]=], [=[php\.ini\b]=],
})
local RE_SYSTEM_PATH = [=[(?:^|[\s'"=;:(|&><,`]|file:)(?:/|\\|[a-z]:[\\/])]=] .. OS_DIRS
local RE_SYSTEM_PATH_PATH = [=[(?:^|/)]=] .. alt({
    [=[etc/(?:passwd|shadow|group|hosts|issue|master\.passwd|sudoers|crontab|ssh)]=],
    [=[proc/(?:self|version|cpuinfo|meminfo|interrupts|mounts|net|\d+)]=],
    [=[sys/(?:class|kernel|devices|firmware)\b]=],
    [=[(?:boot|win|php|system)\.ini\b]=],
    [=[windows/(?:system32|win\.ini)]=],
})

local RE_HIDDEN_PATH = [=[(?:^|/)\.(?!well-known(?:/|$))[\w-][\w.-]*(?:/|$)]=]
local RE_HIDDEN_VALUE = alt({
    [=[(?:^|[\s/\\=:'"])\.(?:[a-z][\w-]*)[/\\][\w.]]=],
    [=[(?:^|[/\\])\.(?:ssh|aws|docker|kube|git|svn|gnupg|env|htpasswd|htaccess]=]
        .. [=[|bash_history|history|netrc|npmrc|pgpass|boto|my\.cnf)\b]=],
})

local RE_URL_IP = [=[^\s*(?:https?|ftps?|file|gopher|dict|ldap|tftp)://(?:[^/@\s]*@)?]=]
    .. [=[(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]*:[0-9a-f:]+\]?|0x[0-9a-f]+|\d{8,10})]=]
    .. [=[(?:[:/?#]|$)]=]
local RE_DATA_URI = [=[^\s*data:\s*[\w.+-]+/[\w.+-]+]=]
local RE_URL_TRUNC = [=[^\s*(?:file|ftps?|https?)\b[^\s]*\?+\s*$]=]
local RE_REMOTE_URL = [=[^\s*(?:https?|ftps?|file|php|data|expect|zlib|phar|gopher|dict|smb)]=]
    .. [=[:(?://)?[^\s]]=]
local RE_INCLUDE_NAME = [=[(?:path|dir|file|include|inc|require|template|tpl|conf|config]=]
    .. [=[|root|base|module|lib|load|src)]=]

local INTERNAL_HOSTS = alt({
    [=[localhost(?:\.localdomain)?\d*(?:\.localdomain\d*)?]=],
    [=[127(?:\.\d{1,3}){3}]=], [=[0\.0\.0\.0]=], [=[0]=], [=[\[?::1?\]?]=],
    [=[\[?(?:0:){5}ffff:]=], [=[169\.254(?:\.\d{1,3}){2}]=],
    [=[192\.0\.0\.192]=], [=[100\.100\.100\.200]=], [=[fd00:ec2::254]=],
    [=[metadata(?:\.[\w-]+)+]=], [=[[\w.-]+\.internal]=],
    [=[(?:[\w-]+\.)*localtest\.me]=], [=[(?:[\w-]+\.)*lvh\.me]=],
    [=[ip6-(?:localhost|loopback)]=], [=[ipv6-(?:localhost|loopback)]=],
    [=[kubernetes(?:\.default)?(?:\.svc)?(?:\.cluster\.local)?]=],
    [=[[\w-]+\.svc\.cluster\.local]=], [=[2130706433]=], [=[0x7f0{0,6}1]=],
})
local RE_SSRF = [=[^\s*(?:(?:https?|ftps?|gopher|dict|ldap|tftp|file):(?://)?(?:[^/@\s]*@)?]=]
    .. INTERNAL_HOSTS .. [=[(?:[:/?#]|$)|]=] .. INTERNAL_HOSTS .. [=[(?::\d+)?/)]=]

local UPLOAD_EXT = alt({
    [=[ph(?:p\d*|tml?|ar|ps|pt|t)]=], [=[jsp[xf]?]=], [=[jspa]=], [=[jsw]=],
    [=[jsv]=], [=[jhtml]=], [=[asp[x]?]=], [=[as[ahmr]x]=], [=[cer]=],
    [=[cfml?]=], [=[cgi]=], [=[pl]=], [=[py]=], [=[rb]=], [=[sh]=],
    [=[exe]=], [=[dll]=], [=[bat]=], [=[cmd]=], [=[com]=], [=[vbs]=],
    [=[ps1]=], [=[war]=], [=[shtml?]=], [=[htaccess]=], [=[config]=],
    [=[inc]=],
})
local RE_UPLOAD_NAME = [=[\.\s*]=] .. UPLOAD_EXT .. [=[\d*(?:[.\s]*$|[.\s]*[;:%/\\])|^\.ht]=]
    .. [=[|(?:^|/)\.[\w-]+$|\bsess_[\w,-]{16,}$]=]

local GATE = [=[[./\\:%?]]=]
local SPACE = [=[\s]=]


-- Folded for traversal: hex notation and backslashes read as separators.
local function fold_traversal(s)
    if find(s, "0x", 1, true) then
        s = gsub(s, "0x2e", ".")
        s = gsub(s, "0x2f", "/")
        s = gsub(s, "0x5c", "\\")
    end
    return s
end


-- Restricted extensions (from the config), as one compiled pattern, set
-- at init by set_restricted_extensions.
local restricted = nil


local function restricted_extension(s)
    return restricted ~= nil and re_find(s, restricted, "jo") ~= nil
end


local function dot_first(s)
    return byte(s, 1) == 46
end


-- An argument value that is one name (no space) with such an extension.
local function restricted_name(s)
    return restricted ~= nil and not re_find(s, SPACE, "jo")
        and re_find(s, restricted, "jo") ~= nil
end


-- The rules, in order, on v.low (edge.waf.rules).
--
-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only, lower-cased): no "/", "\\", "?", so no traversal but a
-- value of dots (or one spelled with 0x2e/0x2f, which fold_traversal
-- turns into separators), no absolute path, no truncated URL or data:
-- URI (both need "/" or "?"); left are the restricted extensions, hidden
-- names at the start (".ssh") and, with a ":", the URLs whose "//" is
-- optional (plain_maybe). The restricted list comes from the config:
-- set_restricted_extensions adds it to the needles.
local PATH = { path = true }
local NOT_PATH = { path = false }
local FILENAME = { filename = true }
local REFERER = { referer = true, origin = true }
local URL = { ":", "/" }

local RULES = rules.compile({
    { id = "lfi-traversal", where = PATH, needles = { "..", "0x" }, fold = fold_traversal,
      pattern = RE_TRAVERSAL_PATH },
    { id = "lfi-traversal", where = NOT_PATH, needles = { "..", "0x" },
      fold = fold_traversal, pattern = RE_TRAVERSAL },
    -- paths (no plain values)
    { id = "lfi-system-path", where = PATH, pattern = RE_SYSTEM_PATH_PATH, plain = false },
    { id = "lfi-hidden", where = PATH, pattern = RE_HIDDEN_PATH, plain = false },
    { id = "lfi-extension", where = PATH, check = restricted_extension, plain = false },
    -- upload file names (no plain values)
    { id = "file-upload-name", where = FILENAME, pattern = RE_UPLOAD_NAME, plain = false },
    { id = "lfi-extension", where = FILENAME, check = restricted_extension,
      plain = false },
    -- the restricted extensions are plain needles (set_restricted_extensions)
    { id = "lfi-extension", where = { value = true }, check = restricted_name,
      plain = false },
    -- a separator (or one spelled 0x2f/0x5c) before the OS directory
    { id = "lfi-system-path", where = NOT_PATH, needles = { "/", "\\", "0x" },
      fold = fold_traversal, pattern = RE_SYSTEM_PATH },
    -- hidden names follow a separator or start the value (plain_maybe)
    { id = "lfi-hidden", where = NOT_PATH, needles = { "/", "\\" }, also = dot_first,
      pattern = RE_HIDDEN_VALUE, plain = false },
    { id = "rfi-truncation", where = NOT_PATH, needles = { "?" }, pattern = RE_URL_TRUNC },
    -- the data: URI needs a "/"
    { id = "rfi-data-uri", where = NOT_PATH, needles = { "data:" }, pattern = RE_DATA_URI,
      plain = false },
    -- URLs: "://" (no plain value), or plain_maybe's scheme and ":"
    { id = "rfi-ip-url", where = NOT_PATH, names_not = REFERER, needles = URL,
      pattern = RE_URL_IP, plain = false },
    { id = "rfi-include-url", where = NOT_PATH, needles = URL, pattern = RE_REMOTE_URL,
      name_pattern = RE_INCLUDE_NAME, plain = false },
    { id = "ssrf-internal", where = NOT_PATH, names_not = REFERER, needles = URL,
      pattern = RE_SSRF, plain = false },
}, _M.RULES)

local PLAIN_NEEDLES = rules.plain_needles({}, RULES)
_M.PLAIN_NEEDLES = PLAIN_NEEDLES


function _M.set_restricted_extensions(list)
    local needles = {}
    for i, w in ipairs(PLAIN_NEEDLES) do
        needles[i] = w
    end
    if list and #list > 0 then
        needles[#needles + 1] = list
    end
    _M.PLAIN_NEEDLES = needles
    if not list or #list == 0 then
        restricted = nil
        return
    end
    local esc = {}
    for i, ext in ipairs(list) do
        esc[i] = gsub(ext, "([%.%+%-%~])", "\\%1")
    end
    restricted = alt(esc) .. [=[(?:$|[/;?#])]=]
end


-- A path of names only: the OS directory check is all that can match.
function _M.plain_path(s, on, report)
    if on["lfi-system-path"] and re_find(s, RE_SYSTEM_PATH_PATH, "joi") then
        return report("lfi-system-path")
    end
    return false
end


function _M.detect(v, on, report, where, name)
    if where ~= "filename" and not re_find(v.low, GATE, "jo") then
        return false
    end
    return rules.run(RULES, v, on, report, where, name)
end


function _M.plain_maybe(low)
    if byte(low, 1) == 46 then
        return true
    end
    local colon = find(low, ":", 1, true)
    if not colon then
        return false
    end
    -- both URL rules start with spaces, a scheme of letters and ":"
    local i = 1
    while byte(low, i) == 32 do
        i = i + 1
    end
    if i == colon then
        return false
    end
    for k = i, colon - 1 do
        local c = byte(low, k)
        if c < 97 or c > 122 then
            return false
        end
    end
    return re_find(low, RE_REMOTE_URL, "jo") ~= nil
        or re_find(low, RE_SSRF, "jo") ~= nil
end


_M.PATTERNS = rules.patterns({ GATE, SPACE }, RULES)

return _M
