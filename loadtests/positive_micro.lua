-- The positive model's cost per request, before and after the documents,
-- in one process (run by loadtests/positive_micro.py, in init_by_lua): the
-- shipped routes' rules as edge.json wrote them before (a hand-written
-- pattern with named groups, args) against the plan edge.waf.openapi
-- compiles from openresty/openapi/*.json; the same checking code
-- (edge.waf.positive). Prints ns per request, 3 rounds.

local positive = require "edge.waf.positive"
local openapi = require "edge.waf.openapi"
local W = os.getenv("PROJECT_DIR") .. "/openresty/openapi/"
local function route(prefix, svc, methods)
    local set = {}
    for _, m in ipairs(methods) do set[m] = true end
    return { waf = { args = {} }, match = { { prefix = prefix } }, service = svc,
             methods = methods, method_set = set }
end
local conf = { services = { compute = { openapi = W .. "compute.json" },
                            checkins = { openapi = W .. "checkins.json" } } }
local fib_api = openapi.route_plan(
    "fibonacci", route("/api/fibonacci", "compute", { "GET", "HEAD" }), conf)
local chk_api = openapi.route_plan(
    "checkins", route("/api/checkins/", "checkins", { "GET", "HEAD", "POST" }), conf)
-- the old shipped rules (main's edge.json), through the same code
local fib_old = positive.args_plan(
    {}, { count = { type = "integer", min = 0, max = 10000 } }, "reject")
fib_old.path = {
    pattern = positive.end_anchored("^/api/fibonacci(?:/(?<n>[^/]+))?$"),
    params = { n = positive.rule("n", { type = "integer", min = 0, max = 1000000 }) } }
local chk_old = positive.args_plan(
    {}, { q = { type = "string", min_length = 1, max_length = 200 } }, "reject")
chk_old.path = {
    pattern = positive.end_anchored("^/api/checkins/(?<user>[^/]+)$"),
    params = { user = positive.rule("user", {
        type = "string", pattern = "^[A-Za-z0-9_.-]{1,64}$" }) } }
local cases = {
    { "/api/fibonacci/10", {}, fib_old, fib_api },
    { "/api/fibonacci", { count = "5" }, fib_old, fib_api },
    { "/api/checkins/alice", { q = "coffee" }, chk_old, chk_api },
}
local N = 300000
local function old(w, uri, args)
    local st = positive.path(w, uri)
    assert(not st)
    assert(not positive.args(w, args))
end
local function new(api, uri, args)
    local op = positive.operation(api, uri, "GET")
    assert(op)
    assert(not positive.args(op, args))
end
for round = 1, 3 do
    for _, c in ipairs(cases) do
        local t = {}
        for _, which in ipairs({ "old", "new" }) do
            local f = which == "old" and old or new
            local w = which == "old" and c[3] or c[4]
            for _ = 1, 20000 do
                f(w, c[1], c[2])
            end
            local t0 = os.clock()
            for _ = 1, N do
                f(w, c[1], c[2])
            end
            t[which] = (os.clock() - t0) / N * 1e9
        end
        io.stderr:write(string.format("round %d %-22s old %6.0f ns  new %6.0f ns\n",
                                      round, c[1], t.old, t.new))
    end
end
os.exit(0)
