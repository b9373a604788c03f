"""The one test harness of the project, used by tests/ and loadtests/:

  edgekit.stack     Stack (Circus + nginx + gunicorn), Edge (the edge alone),
                    free_port, wait_until, load_edge_config, lua_modules
  edgekit.nginx     NginxProcess, TrivialUpstream (nginx of the tests' own)
  edgekit.upstream  Upstream (a Python stand-in for the services)
  edgekit.client    client(source), Background, raw() (raw HTTP over a socket)

Installed into the venv by pyproject.toml (package dir tests/edgekit), so
`import edgekit` works from the tests, the benches and the load runs without
sys.path edits. The fixtures are in tests/conftest.py.
"""
