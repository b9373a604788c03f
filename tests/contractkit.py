"""Schemathesis against the services' OpenAPI documents: bounded runs in
the suite (tests/test_06_app_contract.py: each service directly;
tests/test_08_edge_contract.py: through the edge), longer ones with
`make contract` (this file's main: both).

A run reads the document at `document_url` and sends its requests to
`base_url` (default: where the document is). Settings shared by every run
(which statuses a valid or an invalid request may get) are in
schemathesis.toml at the project's root.

Through the edge, the document is the one the service serves through the
edge (/openapi/<service>.json), restricted to the operations the edge
routes to that service unchanged (EDGE_OPERATIONS: /api/...; the edge's
/health is compute's, its /openapi.json none), and the edge compiles its
positive model from the same document: contract_stack() writes the
services' documents under CONTRACT_ENV and points the edge config at them.
"""
import argparse
import os
import subprocess  # nosec B404 - runs the pinned schemathesis CLI
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("VENV", ROOT / ".venv"))
CONFIG = ROOT / "schemathesis.toml"
EDGE_ST_CONFIG = ROOT / "schemathesis-edge.toml"   # through the edge
SERVICES = ("compute", "checkins")
# The bounds the contract runs start the compute service with (APP_*: the
# document follows them). The defaults' largest answers (F(1,000,000), 10,000
# numbers: 10 MB) take about a second each, which many examples cannot
# afford; the checks are the same at any bound.
CONTRACT_ENV = {"APP_FIB_MAX_N": "5000", "APP_FIB_MAX_COUNT": "300"}
# the operations the edge sends to a service with their own path
EDGE_OPERATIONS = "^/api/"


def write_documents(directory):
    """The services' documents as CONTRACT_ENV makes them, in `directory`
    (python -m app.openapi --write): what the contract stack's services
    serve, and what its edge compiles its positive model from."""
    env = dict(os.environ, **CONTRACT_ENV)
    subprocess.run(  # nosec B603 - fixed argv, no shell
        [sys.executable, "-m", "app.openapi", "--write", str(directory)],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=60)
    return Path(directory)


def contract_stack(run_dir):
    """A stack (not started) whose services run with CONTRACT_ENV and whose
    edge reads the documents they serve."""
    from edgekit.stack import Stack, load_edge_config
    run_dir = Path(run_dir)
    docs = write_documents(run_dir / "openapi")
    conf = load_edge_config()
    for name, service in conf["services"].items():
        if "openapi" in service:
            service["openapi"] = str(docs / f"{name}.json")
    return Stack(run_dir, config=conf, env=CONTRACT_ENV)


def run_schemathesis(document_url, examples, seed, base_url=None,
                     timeout=300, include_path_regex=None, config=CONFIG):
    """Run every check on every operation (or those whose path matches
    include_path_regex); return (exit code, output)."""
    argv = [str(VENV / "bin" / "st"), "--config-file", str(config), "run",
            document_url, "--checks", "all", "--max-examples", str(examples),
            "--seed", str(seed), "--workers", "1",
            "--generation-database", "none", "--request-timeout", "30",
            "--no-color"]
    if base_url:
        argv += ["--url", base_url]
    if include_path_regex:
        argv += ["--include-path-regex", include_path_regex]
    proc = subprocess.run(  # nosec B603 - fixed argv, no shell
        argv, cwd=tempfile.gettempdir(), capture_output=True, text=True,
        timeout=timeout, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout + proc.stderr


def through_edge(stack, service, examples, seed, timeout):
    """A run against the edge in front of `service`, with the document
    the edge serves for it."""
    return run_schemathesis(
        f"{stack.url}/openapi/{service}.json", examples, seed,
        base_url=stack.url, timeout=timeout,
        include_path_regex=EDGE_OPERATIONS, config=EDGE_ST_CONFIG)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=500,
                        help="examples per operation (default 500)")
    parser.add_argument("--seed", type=int,
                        help="a fixed seed (default: a fresh one, printed)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else \
        int.from_bytes(os.urandom(4), "big")
    run_dir = Path(tempfile.mkdtemp(prefix="contract-"))
    run_dir.chmod(0o755)
    stack = contract_stack(run_dir).start(timeout=60)
    failed = []
    try:
        for service in SERVICES:
            url = stack.service_url(service) + "/openapi.json"
            print(f"== {service}: {url}, {args.examples} examples, "
                  f"seed {seed}", flush=True)
            code, output = run_schemathesis(url, args.examples, seed,
                                            timeout=3600)
            print(output, flush=True)
            if code:
                failed.append(service)
            print(f"== {service} through the edge: {stack.url}, "
                  f"{args.examples} examples, seed {seed}", flush=True)
            code, output = through_edge(stack, service, args.examples, seed,
                                        timeout=3600)
            print(output, flush=True)
            if code:
                failed.append(f"{service} (through the edge)")
    finally:
        left = stack.stop()
    if left:
        print(f"processes left after stop: {left}")
        return 1
    if failed:
        print(f"contract violations in: {', '.join(failed)} (seed {seed})")
        return 1
    print(f"no contract violation (seed {seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
