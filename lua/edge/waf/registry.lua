-- The WAF's rule registry: every detector and every rule it can report,
-- read once at load from the detectors' RULES tables (read-only after).
--
--   DETECTORS   the detector modules, in the order inspect runs them
--               (protocol first: it only looks at raw bytes)
--   RULES       id -> { id, class, severity, score, pl, desc }
--   RULE_LIST   the same records in registration order
--   CLASSES     class -> list of rule ids ("sqli" -> { "sqli-union", ... })
--   SEVERITY    severity name -> anomaly score

local ipairs = ipairs
local match = string.match


local _M = { _VERSION = "0.1" }

local DETECTORS = {
    require "edge.waf.detect.protocol",
    require "edge.waf.detect.sqli",
    require "edge.waf.detect.xss",
    require "edge.waf.detect.rce",
    require "edge.waf.detect.code",
    require "edge.waf.detect.path",
}

local SEVERITY = { critical = 5, error = 4, warning = 3, notice = 2 }

local RULES = {}
local RULE_LIST = {}
local CLASSES = {}

for _, det in ipairs(DETECTORS) do
    for _, r in ipairs(det.RULES) do
        local class = match(r.id, "^([a-z]+)")
        local rule = { id = r.id, class = class, severity = r.severity,
                       score = SEVERITY[r.severity], pl = r.pl,
                       desc = r.desc }
        RULES[r.id] = rule
        RULE_LIST[#RULE_LIST + 1] = rule
        local list = CLASSES[class]
        if not list then
            list = {}
            CLASSES[class] = list
        end
        list[#list + 1] = r.id
    end
end

_M.DETECTORS = DETECTORS
_M.SEVERITY = SEVERITY
_M.RULES = RULES
_M.RULE_LIST = RULE_LIST
_M.CLASSES = CLASSES


return _M
