# The whole stack in one container, a thin mirror of `make run`: Circus runs
# the edge (Debian's nginx with the Lua module: OpenResty's core, the same
# packages `make` installs and the tests run against) and the Flask
# services (gunicorn on Circus-owned sockets).
#
#   docker build -t python-edge .
#   docker run --rm -p 8080:8080 --stop-timeout 30 python-edge
#
# Settings are the Makefile's environment variables (README, Configuration);
# the check-in database lives in the /var/lib/edge volume. There is no
# Docker engine on the project's machines: the steps below were replayed by
# hand in a debootstrap'd Debian bookworm chroot (packages, venv, user, the
# CMD as user edge, then /health and the API through the edge).
FROM debian:bookworm-slim

# Debian's nginx, its Lua module and OpenResty's Lua libraries; Python 3.11
# for the services and Circus; tini as PID 1 (forwards signals to circusd
# and reaps orphans). policy-rc.d keeps the nginx package from starting
# Debian's own nginx service during the build.
RUN printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d \
    && chmod +x /usr/sbin/policy-rc.d \
    && apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        nginx-core libnginx-mod-http-lua libnginx-mod-http-ndk \
        lua-resty-core lua-resty-lrucache lua-cjson lua5.1 lua-nginx-string \
        lua-nginx-redis lua-nginx-redis-connector \
        python3 python3-venv tini \
    && rm -rf /var/lib/apt/lists/* /usr/sbin/policy-rc.d

ENV PROJECT_DIR=/app \
    VENV=/opt/venv \
    EDGE_RUN_DIR=/var/lib/edge/run \
    EDGE_HOST=0.0.0.0 \
    EDGE_PORT=8080 \
    EDGE_STATUS_PORT=9145 \
    COMPUTE_PORT=8001 \
    CHECKINS_PORT=8002 \
    WORKERS=2 \
    CHECKINS_WORKERS=1 \
    EDGE_WORKERS=auto \
    EDGE_PIPELINE=on \
    EDGE_UPSTREAM_TIMEOUT=30 \
    EDGE_CONFIG=/app/openresty/edge.json \
    APP_DATABASE=/var/lib/edge/data/checkins.sqlite3 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# The runtime dependencies pinned in pyproject.toml first (a layer that
# survives code changes), then the project itself (run from /app, as
# `make run` runs it from the checkout).
WORKDIR /app
COPY pyproject.toml ./
RUN python3 -m venv "$VENV" \
    && python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
        > /tmp/requirements.txt \
    && "$VENV/bin/pip" install --no-cache-dir --disable-pip-version-check \
        -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt
COPY app app/
COPY lua lua/
COPY openresty openresty/
COPY circus.ini ./

RUN useradd --system --home-dir /var/lib/edge --shell /usr/sbin/nologin edge \
    && mkdir -p "$EDGE_RUN_DIR" /var/lib/edge/data \
    && chown -R edge:edge /var/lib/edge
USER edge
VOLUME ["/var/lib/edge/data"]

EXPOSE 8080
# circusd stops every watcher gracefully on SIGTERM and on SIGINT (nginx
# with QUIT, gunicorn with TERM, up to 20 s: use docker stop -t 30).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["/opt/venv/bin/python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ['EDGE_PORT'], timeout=4)"]

# As `make run`: validate the edge config (nginx -t does not run
# init_by_lua), then circusd in the foreground.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["sh", "-c", "openresty/edge.sh check && exec \"$VENV/bin/python\" -m app.supervisor circus.ini"]
