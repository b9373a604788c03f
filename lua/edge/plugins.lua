-- The pipeline's plugins, in the order their access handlers run
-- (cheapest and most decisive first; concurrency leases last, so a request
-- refused earlier never holds a slot). A plugin module exports `name` (for
-- logs) and may export:
--   schema_name, schema              a top-level section of the edge config
--   route_schema_name, route_schema  a field of every route
--   prepare(raw)                     adjust the raw config before it is
--                                    validated (the store overlay)
--   compile(conf, plan)              precompute at init (master), may
--                                    raise: reads the validated config,
--                                    writes only into the plan
--                                    (edge.config: plan.routes[name].<its
--                                    piece>, plan.compiled.<its part>)
--   init_worker(plan)                per worker start-up
--   access(plan, route, ctx)         nil to pass, or status, detail, slug,
--                                    headers to refuse the request; route
--                                    is the route's plan (read-only)
--   log(plan, route, ctx)            every request, aborted ones too
--   log_members(ctx, buf, sep)      log phase, after log: append members
--                                    to the access log's "edge" object
--                                    (a string.buffer), the first one
--                                    preceded by sep ("" or ","); return
--                                    true when something was written;
--                                    ASCII only (edge.log checks the
--                                    line's UTF-8 in the URI and the
--                                    encoded ctx.edge alone)
-- `ctx` is ngx.ctx; ctx.edge is a table the plugins fill with what the JSON
-- access log line should say about their decisions (cjson encodes it);
-- log_members is for plugins that write their part more cheaply themselves.
return {
    "edge.limit.store.redis",   -- the shared store's settings (no handler)
    "edge.limit.identify",  -- who asks: address, /64, consumer: first
    "edge.reputation",      -- allow/deny lists and bans (403): cheapest
    "edge.limit.rate",      -- rate limits (429), then the API key's 401
    "edge.body",            -- the request body, read with a deadline (408)
    "edge.waf",             -- request shape (4xx) and input filtering (403)
    "edge.limit.conn",      -- concurrency leases (503): keep LAST
}
