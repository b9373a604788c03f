"""Kept for imports written before tests/edgekit: `from stack import Stack,
Edge, free_port, wait_until` still works. New code imports edgekit.stack."""
from edgekit.stack import (BAD_LOG_LEVELS, EDGE_CONFIG, LUA_MODULE_DIRS,  # noqa: F401
                           ROOT, VENV, Edge, Stack, free_port,
                           load_edge_config, lua_modules, run_edge_check,
                           wait_until)
