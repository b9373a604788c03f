-- luacheck settings for lua/ and the Lua test helpers in tests/ (run by
-- `make lint` / `make test`)
std = "ngx_lua"
max_line_length = 100
codes = true
