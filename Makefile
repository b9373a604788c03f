# Two commands: `make run` (install what is missing, start the stack in the
# foreground) and `make test` (install what is missing, run every check).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
export PROJECT_DIR := $(CURDIR)
export VENV ?= $(CURDIR)/.venv
export EDGE_RUN_DIR ?= $(CURDIR)/var
export EDGE_HOST ?= 127.0.0.1
export EDGE_PORT ?= 8080
export EDGE_STATUS_PORT ?= 9145
export COMPUTE_PORT ?= 8001
export CHECKINS_PORT ?= 8002
export WORKERS ?= $(shell nproc)
export CHECKINS_WORKERS ?= 1
export EDGE_WORKERS ?= auto
export EDGE_PIPELINE ?= on
export EDGE_CONFIG ?= $(CURDIR)/openresty/edge.json
# make run-cluster: a Redis and a second edge (see circus-cluster.ini)
export REDIS_PORT ?= 6390
export EDGE_PORT_B ?= 8081
export EDGE_STATUS_PORT_B ?= 9146
# In a directory of its own: started as root, it is handed to the service
# user, who must not own the run dir (nginx's config and Circus's sockets).
export APP_DATABASE ?= $(EDGE_RUN_DIR)/data/checkins.sqlite3
# Started as root, the services run as EDGE_SERVICE_USER, default nobody
# (nginx's workers run as nobody); app/supervisor.py checks it can reach the
# code and the database (see there what happens when it cannot).
export EDGE_SERVICE_USER ?=
SERVICE_USER = $(or $(EDGE_SERVICE_USER),$(shell [ "$$(id -u)" = 0 ] && echo nobody || id -un))

# Debian packages: nginx with the Lua module (OpenResty's core), luacheck, wrk;
# the shared store: redis-server, lua-resty-redis (lua-nginx-redis, which
# pulls in nginx-extras), its Sentinel connector, lua-resty-string (SHA-256).
APT_PACKAGES := nginx-core libnginx-mod-http-lua libnginx-mod-http-ndk \
	lua-resty-core lua-resty-lrucache lua-cjson lua5.1 lua-check wrk \
	redis-server lua-nginx-redis lua-nginx-redis-connector lua-nginx-string
BENCH_APT_PACKAGES := valgrind libnginx-mod-http-modsecurity modsecurity-crs
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP := $(VENV)/.installed

.PHONY: help deps system-deps bench-deps python-deps run run-cluster stop check-config \
	test lint bench load fuzz contract openapi clean run-dirs reload versus-crs

help:
	@echo "make run     install what is missing, start the stack on" \
	      "http://$(EDGE_HOST):$(EDGE_PORT) (Ctrl-C stops it)"
	@echo "make run-cluster  the same with a Redis and two edges sharing" \
	      "their limits through it (:$(EDGE_PORT) and :$(EDGE_PORT_B))"
	@echo "make stop    stop a stack started by make run (from another shell)"
	@echo "make reload  apply a changed edge config to the running edge" \
	      "(refused, naming the field, when invalid)"
	@echo "make test    install what is missing, run lint + the whole suite"
	@echo "make bench   side-by-side performance figures (wrk on loopback)"
	@echo "make load    Locust scenarios (clean, abuse, abuse-direct)"
	@echo "make versus-crs  the held-out corpora through our WAF and" \
	      "ModSecurity + OWASP CRS PL1, side by side"
	@echo "make fuzz    fuzz the WAF through a real edge (FUZZ_SECONDS, FUZZ_SEED)"
	@echo "make contract  schemathesis against the services' OpenAPI documents," \
	      "directly and through the edge (CONTRACT_EXAMPLES, CONTRACT_SEED)"
	@echo "make openapi  write openresty/openapi/*.json (the edge's positive" \
	      "model) from the services' code"

deps: system-deps python-deps

# Installs the Debian packages only when something is missing. Installing
# nginx must not start Debian's own nginx service: policy-rc.d says no.
# $(call apt_install,PACKAGES)
define apt_install
missing=""; \
for p in $(1); do \
    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | \
        grep -q "install ok installed" || missing="$$missing $$p"; \
done; \
$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || \
    missing="$$missing python3-venv"; \
if [ -n "$$missing" ]; then \
    echo "installing Debian packages:$$missing"; \
    policy=/usr/sbin/policy-rc.d; added=""; \
    if [ ! -e $$policy ]; then \
        printf '#!/bin/sh\nexit 101\n' | $(SUDO) tee $$policy >/dev/null; \
        $(SUDO) chmod +x $$policy; added=1; \
    fi; \
    $(SUDO) apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
        --no-install-recommends $$missing >/dev/null; rc=$$?; \
    [ -n "$$added" ] && $(SUDO) rm -f $$policy; \
    exit $$rc; \
fi
endef

system-deps:
	@$(call apt_install,$(APT_PACKAGES))

# What only `make bench` uses: valgrind (the instruction-count rows) and
# ModSecurity 3 + the OWASP CRS for Debian's nginx (the WAF's side-by-side
# reference rows; the edge never loads the module).
bench-deps:
	@$(call apt_install,$(BENCH_APT_PACKAGES))

python-deps: $(STAMP)

$(STAMP): pyproject.toml
	@[ -x $(VENV)/bin/python ] || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -e '.[test,load]'
	@touch $@

check-config: deps
	@mkdir -p $(EDGE_RUN_DIR)
	@openresty/edge.sh check

# The database directory is the check-ins' volume: made here (the service
# itself never creates it), for the service user when root. A database
# left at the old default place (var/checkins.sqlite3) is moved in once.
run-dirs:
	@mkdir -p $(EDGE_RUN_DIR) $(dir $(APP_DATABASE))
	@old=$(EDGE_RUN_DIR)/checkins.sqlite3; \
	if [ -e $$old ] && [ ! -e $(APP_DATABASE) ] && \
	        [ "$$old" != "$(APP_DATABASE)" ]; then \
	    echo "moving $$old to $(APP_DATABASE)"; \
	    for s in "" -wal -shm; do \
	        [ ! -e $$old$$s ] || mv $$old$$s $(APP_DATABASE)$$s; \
	    done; \
	fi
	@if [ "$$(id -u)" = 0 ] && \
	        [ "$$(realpath $(dir $(APP_DATABASE)))" != "$$(realpath $(EDGE_RUN_DIR))" ]; then \
	    chown $(SERVICE_USER) $(dir $(APP_DATABASE)); \
	    for f in $(APP_DATABASE) $(APP_DATABASE)-wal $(APP_DATABASE)-shm; do \
	        [ ! -e $$f ] || chown $(SERVICE_USER) $$f; \
	    done; \
	fi

run: check-config run-dirs
	@echo "edge on http://$(EDGE_HOST):$(EDGE_PORT)  (Ctrl-C or make stop)"
	$(VENV)/bin/python -m app.supervisor circus.ini

# Cluster mode on one machine: Redis on 127.0.0.1:$(REDIS_PORT), edges A
# (:$(EDGE_PORT)) and B (:$(EDGE_PORT_B)) with EDGE_CONFIG and the store
# section of openresty/edge-cluster.json (every rule on Redis).
run-cluster: export EDGE_STORE_CONFIG = $(CURDIR)/openresty/edge-cluster.json
run-cluster: export EDGE_REDIS = 127.0.0.1:$(REDIS_PORT)
run-cluster: check-config run-dirs
	@mkdir -p $(EDGE_RUN_DIR)/edge-b
	@echo "edges on http://$(EDGE_HOST):$(EDGE_PORT) and" \
	      "http://$(EDGE_HOST):$(EDGE_PORT_B), Redis on 127.0.0.1:$(REDIS_PORT)"
	$(VENV)/bin/python -m app.supervisor circus-cluster.ini

# Apply a changed edge config to the running edge: regenerated, validated
# (nginx -t, init_by_lua), installed, then nginx reloads (HUP); a refused
# config fails here, naming the field, and the edge keeps the one it runs.
reload:
	@openresty/edge.sh reload

stop:
	@[ -S $(EDGE_RUN_DIR)/circus.sock ] || { echo "no stack running"; exit 0; }; \
	$(VENV)/bin/circusctl --endpoint ipc://$(EDGE_RUN_DIR)/circus.sock \
	    --timeout 30 quit --waiting

lint: deps
	luacheck -q lua tests
	$(VENV)/bin/bandit -q -c pyproject.toml -r app loadtests

test: lint
	$(VENV)/bin/pytest

clean:
	rm -rf $(EDGE_RUN_DIR)

bench: deps bench-deps
	$(VENV)/bin/python loadtests/bench.py $(BENCH_ARGS)

# The held-out corpora through our edge and through ModSecurity 3 + the
# OWASP CRS at paranoia level 1 (what issue 11 measures the WAF against),
# the same bytes to both; VERSUS_ARGS e.g. "--corpus devtext --show ours-fp".
versus-crs: deps bench-deps
	$(VENV)/bin/python tests/corpus_crs.py $(VERSUS_ARGS)

# Starts its own stack on free ports; LOAD_ARGS e.g. "--seconds 60" or
# "--processes 2" (Locust distributed); see loadtests/run_load.py.
load: deps
	$(VENV)/bin/python loadtests/run_load.py $(LOAD_ARGS)

# The long fuzz run (a short fixed-seed one is in make test): a fresh seed
# each time unless FUZZ_SEED is set; it prints the seed to replay failures.
FUZZ_SECONDS ?= 300
fuzz: deps
	$(VENV)/bin/python tests/fuzzkit.py --seconds $(FUZZ_SECONDS) \
	    $(if $(FUZZ_SEED),--seed $(FUZZ_SEED))

# The long schemathesis runs (short fixed-seed ones are in make test):
# every check, CONTRACT_EXAMPLES per operation, against each service and
# then through the edge (its positive model compiled from the same
# documents), a fresh seed each time unless CONTRACT_SEED is set; it
# starts its own stack on free ports.
CONTRACT_EXAMPLES ?= 500
contract: deps
	$(VENV)/bin/python tests/contractkit.py --examples $(CONTRACT_EXAMPLES) \
	    $(if $(CONTRACT_SEED),--seed $(CONTRACT_SEED))

# The documents the edge compiles its positive model from
# (openresty/openapi/*.json), written from the services' code as this
# environment (APP_*) makes them; commit them (test_08 fails when stale).
openapi: deps
	$(VENV)/bin/python -m app.openapi --write
