#!/bin/sh
# Start the edge in the foreground (Circus runs this; so can you).
#
# Detects OpenResty or Debian's nginx + libnginx-mod-http-lua, writes the few
# lines that differ between them and between instances (module loading,
# listen address, Lua pipeline on/off) and, from the edge config's services
# and routes, the nginx upstreams and locations (lua/edge/gen.lua) into a run
# prefix next to a copy of nginx.conf, then execs nginx there.
#
#   openresty/edge.sh          start (exec nginx, daemon off)
#   openresty/edge.sh check    validate nginx.conf and the edge config
#                              (runs init_by_lua, which `nginx -t` does not)
#   openresty/edge.sh prepare  the same for a running edge (its temp dir),
#                              installed only when valid; no signal sent
#                              (Circus's before_signal hook runs it before
#                              `circusctl signal edge hup` reaches nginx)
#   openresty/edge.sh reload   prepare, then HUP the running nginx and wait
#                              for its new workers (`make reload`)
#
# Every run writes a fresh conf directory ($prefix/conf.XXXXXXXX) and only
# when it is complete (and, but at start, accepted by `nginx -t` and by
# init_by_lua) points the symlink $prefix/conf at it with one rename: nginx
# never reads a half-written config, and a refused one leaves the running
# edge's config as it was.
#
# Settings (environment): EDGE_RUN_DIR, EDGE_HOST, EDGE_PORT, COMPUTE_PORT,
# CHECKINS_PORT, EDGE_STATUS_PORT, EDGE_WORKERS, EDGE_PIPELINE (on|off|empty:
# Lua phases that run nothing, the benches' floor),
# EDGE_UPSTREAM_TIMEOUT (seconds), EDGE_CONFIG, EDGE_NGINX (binary to use),
# EDGE_LIMITS_DICT_SIZE / EDGE_CONN_DICT_SIZE (shared dicts of the limiters:
# a key takes about 128 bytes), EDGE_REGEX_MATCH_LIMIT (PCRE's match limit
# for every ngx.re call, a bound on one regex's backtracking; unset: PCRE's
# default. A WAF regex over it makes the request's inspection fail, which
# the route's waf.on_error answers). prepare and reload use the running
# edge's (recorded at its start in $EDGE_RUN_DIR/edge/settings.env).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

: "${EDGE_RUN_DIR:=$root/var}"
# prepare and reload apply the running edge's settings, recorded at its
# start (ports, workers, EDGE_CONFIG, the variables the config's addresses
# name), whatever the caller's environment says: a reload re-reads the
# config file, it does not move the edge (Circus's sockets cannot move).
case "${1:-}" in
    prepare|reload)
        if [ -f "$EDGE_RUN_DIR/edge/settings.env" ]; then
            # shellcheck disable=SC1091 # written below, at start
            . "$EDGE_RUN_DIR/edge/settings.env"
        fi ;;
esac
: "${EDGE_HOST:=127.0.0.1}"
: "${EDGE_PORT:=8080}"
: "${EDGE_STATUS_PORT:=9145}"
: "${COMPUTE_PORT:=8001}"
: "${CHECKINS_PORT:=8002}"
: "${EDGE_WORKERS:=auto}"
: "${EDGE_PIPELINE:=on}"
: "${EDGE_UPSTREAM_TIMEOUT:=30}"
: "${EDGE_CONFIG:=$here/edge.json}"
: "${EDGE_LIMITS_DICT_SIZE:=10m}"
: "${EDGE_CONN_DICT_SIZE:=1m}"
: "${EDGE_REGEX_MATCH_LIMIT:=0}"
# The services' addresses (openresty/edge.json's servers name them):
# under Circus (app/supervisor.py sets EDGE_SOCKET_DIR) the Unix sockets
# Circus made there, else the TCP ports. A sync gunicorn worker closes its
# connection after each answer, so nginx connects once per request: over a
# Unix socket that costs far less than a loopback TCP connection (no
# handshake, no TIME_WAIT; make bench BENCH_ARGS=edge, the hop alone).
if [ -n "${EDGE_SOCKET_DIR:-}" ]; then
    : "${COMPUTE_ADDRESS:=unix:$EDGE_SOCKET_DIR/compute.sock}"
    : "${CHECKINS_ADDRESS:=unix:$EDGE_SOCKET_DIR/checkins.sock}"
fi
: "${COMPUTE_ADDRESS:=127.0.0.1:$COMPUTE_PORT}"
: "${CHECKINS_ADDRESS:=127.0.0.1:$CHECKINS_PORT}"
# the services' addresses in the config may name these ($COMPUTE_ADDRESS)
export EDGE_CONFIG COMPUTE_PORT CHECKINS_PORT COMPUTE_ADDRESS CHECKINS_ADDRESS

die() { echo "edge: $*" >&2; exit 1; }

mode=${1:-start}
case "$mode" in
    start|check|prepare|reload) ;;
    *) die "usage: edge.sh [check|prepare|reload] (no argument: start)" ;;
esac
case "$EDGE_PIPELINE" in
    on|off|empty) ;;
    *) die "EDGE_PIPELINE must be 'on', 'off' or 'empty', got '$EDGE_PIPELINE'" ;;
esac
[ -r "$EDGE_CONFIG" ] || die "cannot read EDGE_CONFIG '$EDGE_CONFIG'"

# Which nginx, and does it need its Lua module loaded?
modules=""
if [ -n "${EDGE_NGINX:-}" ]; then
    nginx=$EDGE_NGINX
elif command -v openresty >/dev/null 2>&1; then
    nginx=openresty
elif command -v nginx >/dev/null 2>&1; then
    nginx=nginx
else
    die "neither openresty nor nginx is installed (run: make deps)"
fi
if ! "$nginx" -V 2>&1 | grep -q -e 'ngx_lua' -e 'lua-nginx-module' \
        -e 'openresty'; then
    for dir in /usr/share/nginx/modules /usr/lib/nginx/modules \
               /usr/lib64/nginx/modules; do
        if [ -f "$dir/ngx_http_lua_module.so" ]; then
            [ -f "$dir/ndk_http_module.so" ] &&
                modules="load_module $dir/ndk_http_module.so;"
            modules="$modules
load_module $dir/ngx_http_lua_module.so;"
            break
        fi
    done
    [ -n "$modules" ] ||
        die "$nginx has no Lua module (install libnginx-mod-http-lua)"
fi

prefix=$EDGE_RUN_DIR/edge
mkdir -p "$prefix/logs"
# the running nginx's master (sets pid), if any
live_pid() {
    pid=$(cat "$prefix/logs/nginx.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

[ "$mode" != reload ] || live_pid ||
    die "no edge runs in $prefix (no live logs/nginx.pid): nothing to reload"

# A run other than start shares the prefix with a running edge: one at a
# time (flock on fd 9; at start nginx would inherit the lock: none there).
if [ "$mode" != start ] && command -v flock >/dev/null 2>&1; then
    exec 9>"$prefix/conf.lock"
    flock -w 60 9 || die "another edge.sh $mode holds $prefix/conf.lock"
fi

# nginx's temp files (bodies it buffers to disk, large responses). Started
# as root, nginx runs its workers as nobody, and they must be able to reach
# these files; a run dir under a directory they cannot enter (/root, a 0700
# temp dir) would break every large body. So as root they go in a private
# directory made by mktemp -d (a fresh, unpredictable name: nothing another
# user prepared in /tmp is followed), mode 0711 (workers may pass through,
# nobody may list it); its path is kept in $prefix/tmpdir, and it is removed
# at stop (app/supervisor.py, the Circus hook) or by the next start. A
# reload keeps the running edge's.
tmp=$prefix/tmp
own_tmp=""
stage=""
cleanup() {
    [ -z "$stage" ] || rm -rf -- "$stage"
    [ -z "$own_tmp" ] || rm -rf -- "$own_tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
if [ "$(id -u)" = 0 ]; then
    case "$mode" in
        start)
            if [ -f "$prefix/tmpdir" ]; then
                old=$(cat "$prefix/tmpdir")
                case "$old" in
                    /tmp/edge-tmp.*)
                        if [ -d "$old" ] && [ ! -L "$old" ]; then
                            rm -rf -- "$old"
                        fi ;;
                esac
            fi
            tmp=$(mktemp -d /tmp/edge-tmp.XXXXXXXXXX)
            chmod 711 "$tmp"
            printf '%s\n' "$tmp" > "$prefix/tmpdir" ;;
        check)
            # a private temp dir made for this check goes with it
            tmp=$(mktemp -d /tmp/edge-tmp.XXXXXXXXXX)
            chmod 711 "$tmp"
            own_tmp=$tmp ;;
        *)
            [ -f "$prefix/tmpdir" ] ||
                die "no running edge in $prefix (no tmpdir record)"
            tmp=$(cat "$prefix/tmpdir") ;;
    esac
fi
mkdir -p "$tmp"

# The new conf directory: nginx.conf and generated/, complete before use.
stage=$(mktemp -d "$prefix/conf.XXXXXXXX")
chmod 755 "$stage"
gen=$stage/generated
mkdir "$gen"
cp "$here/nginx.conf" "$stage/nginx.conf"

cat > "$gen/main.conf" <<CONF
# generated by openresty/edge.sh for $nginx
$modules
worker_processes $EDGE_WORKERS;
CONF

cat > "$gen/http.conf" <<CONF
# generated by openresty/edge.sh
lua_package_path "$root/lua/?.lua;$root/lua/?/init.lua;;";
client_body_temp_path $tmp/client_body;
proxy_temp_path $tmp/proxy;
fastcgi_temp_path $tmp/fastcgi;
uwsgi_temp_path $tmp/uwsgi;
scgi_temp_path $tmp/scgi;
proxy_read_timeout ${EDGE_UPSTREAM_TIMEOUT}s;
lua_shared_dict edge_limits $EDGE_LIMITS_DICT_SIZE;
lua_shared_dict edge_conn $EDGE_CONN_DICT_SIZE;
lua_shared_dict edge_metrics 1m;
lua_regex_match_limit $EDGE_REGEX_MATCH_LIMIT;

CONF

# The upstreams and locations, from the config's services and routes:
# lua/edge/gen.lua under plain Lua (luajit or lua5.1, with lua-cjson),
# which refuses a bad services/routes section naming the field.
lua=""
for cand in luajit lua5.1 lua; do
    if command -v "$cand" >/dev/null 2>&1; then lua=$cand; break; fi
done
[ -n "$lua" ] || die "no Lua interpreter for lua/edge/gen.lua (install luajit or lua5.1)"
LUA_PATH="$root/lua/?.lua;;" "$lua" "$root/lua/edge/gen.lua" \
    "$EDGE_CONFIG" "$gen" || exit 1

cat > "$gen/listen.conf" <<CONF
# generated by openresty/edge.sh
listen $EDGE_HOST:$EDGE_PORT reuseport backlog=4096;
CONF

cat > "$gen/status_listen.conf" <<CONF
# generated by openresty/edge.sh: the status server is loopback only
listen 127.0.0.1:$EDGE_STATUS_PORT;
CONF

if [ "$EDGE_PIPELINE" = on ]; then
    cat > "$gen/pipeline.conf" <<CONF
# generated by openresty/edge.sh: Lua pipeline on
set \$edge_lua_log 1;
# the request's ngx.ctx reference (lua/edge.lua): reset by each route's
# location, not by the error location, which finds the table by it
set \$edge_ctx_ref "";
# the request's id (lua/edge/request_id.lua; read by nginx.conf's map)
set \$edge_rid "";
access_by_lua_block { require("edge").access() }
header_filter_by_lua_block { require("edge").header_filter() }
body_filter_by_lua_block { require("edge").body_filter() }
log_by_lua_block { require("edge").log() }
CONF
    cat > "$gen/pipeline_log.conf" <<CONF
# generated by openresty/edge.sh: Lua pipeline on (log phase only)
set \$edge_lua_log 1;
log_by_lua_block { require("edge").log() }
CONF
elif [ "$EDGE_PIPELINE" = empty ]; then
    # The benches' floor: nginx enters Lua in both phases and runs nothing
    # (what any access/log_by_lua handler costs before its first line).
    cat > "$gen/pipeline.conf" <<CONF
# generated by openresty/edge.sh: Lua phases that do nothing (bench floor)
set \$edge_rid "";
access_by_lua_block { }
log_by_lua_block { }
CONF
    echo "# generated by openresty/edge.sh: Lua pipeline empty" \
        > "$gen/pipeline_log.conf"
else
    # $edge_rid declared (nginx.conf's map reads it), empty: $request_id
    printf '%s\n' "# generated by openresty/edge.sh: Lua pipeline off" \
        'set $edge_rid "";' > "$gen/pipeline.conf"
    echo "# generated by openresty/edge.sh: Lua pipeline off" \
        > "$gen/pipeline_log.conf"
fi

if [ "$mode" != start ]; then
    # nginx -t reads the files (relative includes resolve next to the -c
    # file: the new directory; the prefix is only for logs and the pid) but does not run init_by_lua: start nginx
    # once in check-only mode, where the edge validates its config and
    # exits before it listens (a running edge's ports are not touched).
    # Its own prefix (logs/): a refusal is reported on stderr, not as an
    # error of the running edge in its log.
    check=$stage/check
    mkdir -p "$check/logs"
    "$nginx" -q -t -p "$check" -c "$stage/nginx.conf" -g 'daemon off;'
    EDGE_CHECK_ONLY=1 EDGE_GENERATED=$gen \
        "$nginx" -p "$check" -c "$stage/nginx.conf" \
        -g 'daemon off; error_log stderr;'
    rm -rf -- "$check"
fi

# check, with an edge running in this prefix: validated, not installed
# (a later plain HUP would load it unannounced; `make reload` applies it)
if [ "$mode" = check ] && live_pid; then
    echo "edge: not installed: an edge runs in $prefix (make reload applies a config)" >&2
    exit 0
fi

# Install: $prefix/conf becomes the new directory in one rename(2). (A
# conf left as a plain directory by an older edge.sh is replaced.)
if [ -d "$prefix/conf" ] && [ ! -L "$prefix/conf" ]; then
    rm -rf -- "$prefix/conf"
fi
ln -s "$(basename "$stage")" "$prefix/conf.link.$$"
mv -fT "$prefix/conf.link.$$" "$prefix/conf"
for old in "$prefix"/conf.*; do
    case "$old" in
        "$stage"|"$prefix/conf.lock") ;;
        *) rm -rf -- "$old" ;;
    esac
done
stage=""

case "$mode" in
    check|prepare) exit 0 ;;
    start)
        # the settings a later reload applies (see the top)
        {
            for var in EDGE_HOST EDGE_PORT EDGE_STATUS_PORT EDGE_WORKERS \
                    EDGE_PIPELINE EDGE_UPSTREAM_TIMEOUT EDGE_CONFIG \
                    EDGE_LIMITS_DICT_SIZE EDGE_CONN_DICT_SIZE \
                    EDGE_REGEX_MATCH_LIMIT EDGE_NGINX $(grep -o \
                    '\$[{]\{0,1\}[A-Za-z_][A-Za-z0-9_]*' "$EDGE_CONFIG" |
                    tr -d '${' | sort -u); do
                eval "isset=\${$var+1} value=\${$var:-}"
                [ -n "$isset" ] || continue
                [ "$var" != EDGE_CONFIG ] ||
                    value=$(cd "$(dirname "$value")" && pwd)/$(basename "$value")
                printf "export %s='%s'\n" "$var" \
                    "$(printf '%s' "$value" | sed "s/'/'\\\\''/g")"
            done
        } > "$prefix/settings.env.$$"
        mv -f "$prefix/settings.env.$$" "$prefix/settings.env"
        # read by init at start and at every HUP (nginx.conf: env)
        EDGE_GENERATED=$prefix/conf/generated
        export EDGE_GENERATED
        exec "$nginx" -p "$prefix" -c "$prefix/conf/nginx.conf" \
            -g 'daemon off;' ;;
esac

# reload: HUP the master, then wait (up to 30 s: init_by_lua compiles the
# WAF's rules, slow on a loaded machine) for workers it did not have before
# (a reload nginx refuses after all keeps the old ones: say so, from its
# log) and for the old ones to finish (up to 10 s: a request still in
# flight keeps its worker, which accepts nothing new meanwhile)
live_pid || die "the edge in $prefix stopped during the reload"
before=$(pgrep -P "$pid" | sort | tr '\n' ' ')
log=$prefix/logs/error.log
offset=$(wc -c < "$log" 2>/dev/null || echo 0)
kill -HUP "$pid"
new=""
i=0
while [ $i -lt 300 ]; do
    for w in $(pgrep -P "$pid"); do
        case " $before" in
            *" $w "*) ;;
            *) new=1 ;;
        esac
    done
    [ -n "${new:-}" ] && break
    sleep 0.1
    i=$((i + 1))
done
if [ -n "${new:-}" ]; then
    i=0
    while [ $i -lt 100 ]; do
        left=""
        for w in $before; do
            if kill -0 "$w" 2>/dev/null; then left="$left $w"; fi
        done
        [ -z "$left" ] && break
        sleep 0.1
        i=$((i + 1))
    done
    echo "edge: reloaded $EDGE_CONFIG (nginx $pid${left:+; old workers still finishing:$left})" >&2
    exit 0
fi
tail -c +"$((offset + 1))" "$log" 2>/dev/null |
    grep -e '\[error\]' -e '\[emerg\]' -e '\[alert\]' >&2 || true
die "nginx $pid started no new workers within 30 s after HUP (see $log)"
