"""Run loadtests/positive_micro.lua in a throwaway nginx (init_by_lua):
the positive model's cost per request, hand-written rules vs the plan
compiled from the OpenAPI documents.  python loadtests/positive_micro.py"""
import os
import subprocess  # nosec B404 - runs the project's own nginx
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from edgekit.stack import lua_modules  # noqa: E402

CONF = """{modules}
env PROJECT_DIR;
error_log logs/error.log;
events {{}}
http {{
    lua_package_path "{root}/lua/?.lua;;";
    init_by_lua_file {root}/loadtests/positive_micro.lua;
    server {{ listen 127.0.0.1:1; }}
}}
"""


def main():
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "logs").mkdir()
        (Path(d) / "nginx.conf").write_text(CONF.format(
            modules=lua_modules("nginx"), root=ROOT), encoding="utf-8")
        proc = subprocess.run(  # nosec B603 B607 - fixed argv
            ["nginx", "-p", d, "-c", "nginx.conf"], capture_output=True,
            text=True, env=dict(os.environ, PROJECT_DIR=str(ROOT)),
            timeout=300, check=False)
        sys.stdout.write(proc.stderr)
        return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
