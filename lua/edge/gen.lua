-- Writes the nginx upstreams and locations from the edge config, before
-- nginx starts (openresty/edge.sh runs it under luajit or lua5.1, with
-- lua-cjson; no nginx, no OpenResty needed).
--
--   lua gen.lua CONFIG OUTDIR
--
-- Validates the config's `services` and each route's `match`, `service`
-- (edge.services, with edge.schema) and writes OUTDIR/upstreams.conf,
-- OUTDIR/routes.conf and OUTDIR/services.source (what they were
-- written from, for the edge's init to compare with its config). A bad
-- config exits 1 with "<field>: <message>"; the rest of the file is
-- validated by nginx itself (init_by_lua).

-- edge.schema reads ngx.null and ngx.re at load; nothing validated here
-- calls ngx.re (edge.services checks with Lua patterns).
local cjson = require "cjson"
ngx = {  -- luacheck: ignore 121
    null = cjson.null,
    re = {
        find = function()
            error("ngx.re is not available to the generator")
        end,
    },
}

local schema = require "edge.schema"
local services = require "edge.services"

local function die(msg)
    io.stderr:write("edge: ", msg, "\n")
    os.exit(1)
end

local function main(config_path, outdir)
    local f, err = io.open(config_path, "rb")
    if not f then
        die("cannot open edge config: " .. err)
    end
    local text = f:read("*a")
    f:close()
    local ok, raw = pcall(require("cjson.safe").decode, text)
    if not ok or type(raw) ~= "table" then
        die("edge config " .. config_path .. " is not valid JSON")
    end
    if type(raw.routes) ~= "table" then
        die("config.routes: is required")
    end
    local svcs = schema.validate(raw.services or {}, services.SERVICES,
                                 "config.services")
    local routes = {}
    for name, r in pairs(raw.routes) do
        if type(r) ~= "table" then
            die("config.routes." .. tostring(name) .. ": expected an object")
        end
        local out = {}
        for field, s in pairs(services.ROUTE_FIELDS) do
            if r[field] ~= nil then
                out[field] = schema.validate(r[field], s, "config.routes."
                                             .. tostring(name) .. "."
                                             .. field)
            end
        end
        routes[name] = out
    end
    -- `extends` gives a route its parent's service (never its match)
    for name, out in pairs(routes) do
        local seen, r = { [name] = true }, raw.routes[name]
        while out.service == nil and type(r.extends) == "string"
                and type(raw.routes[r.extends]) == "table"
                and not seen[r.extends] do
            seen[r.extends] = true
            out.service = routes[r.extends].service
            r = raw.routes[r.extends]
        end
    end
    services.check(svcs, routes)
    local up, loc = services.render(svcs, routes)
    for file, body in pairs({ ["upstreams.conf"] = up,
                              ["routes.conf"] = loc,
                              [services.SOURCE] = services.source(svcs,
                                                                  routes) }) do
        local w = assert(io.open(outdir .. "/" .. file, "wb"))
        w:write(body)
        w:close()
    end
end

local ok, err = pcall(main, arg[1], arg[2])
if not ok then
    die(tostring(err))
end
