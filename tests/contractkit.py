"""Schemathesis against the services' OpenAPI documents: one bounded run
in the suite (tests/test_06_app_contract.py), a longer one with
`make contract` (this file's main).

A run reads the document at `document_url` and sends its requests to
`base_url` (default: where the document is): today each service directly;
the same call aims through the edge once the edge serves the documents.
Settings shared by every run (which statuses a valid or an invalid request
may get) are in schemathesis.toml at the project's root.
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
SERVICES = ("compute", "checkins")
# The bounds the contract runs start the compute service with (APP_*: the
# document follows them). The defaults' largest answers (F(1,000,000), 10,000
# numbers: 10 MB) take about a second each, which many examples cannot
# afford; the checks are the same at any bound.
CONTRACT_ENV = {"APP_FIB_MAX_N": "5000", "APP_FIB_MAX_COUNT": "300"}


def run_schemathesis(document_url, examples, seed, base_url=None,
                     timeout=300):
    """Run every check on every operation; return (exit code, output)."""
    argv = [str(VENV / "bin" / "st"), "--config-file", str(CONFIG), "run",
            document_url, "--checks", "all", "--max-examples", str(examples),
            "--seed", str(seed), "--workers", "1",
            "--generation-database", "none", "--request-timeout", "30",
            "--no-color"]
    if base_url:
        argv += ["--url", base_url]
    proc = subprocess.run(  # nosec B603 - fixed argv, no shell
        argv, cwd=tempfile.gettempdir(), capture_output=True, text=True,
        timeout=timeout, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout + proc.stderr


def main(argv=None):
    from edgekit.stack import Stack

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
    stack = Stack(run_dir, env=CONTRACT_ENV).start(timeout=60)
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
