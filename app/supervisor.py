"""circusd for this stack: `python -m app.supervisor circus.ini` (what
`make run`, the tests and the Dockerfile run).

What it adds to circusd:

* Privileges. Started as root, the services run as EDGE_SERVICE_USER
  (default `nobody`; circus.ini gives it to the watchers as `uid`; root
  only when named, with a warning: the test harness does), and
  nginx runs its workers as nobody by itself. Before anything starts, this
  checks that the user can read the project and the venv and write the
  database's directory. A user named in EDGE_SERVICE_USER who cannot:
  refused, with a message naming the path. The default (nobody) who
  cannot (a venv on a pyenv Python under /root): the services run as root
  with a warning that says why and how to fix it, so `make run` still
  starts. Not root: the services run as the current user.
* The services' Unix sockets (what the edge connects to): their private
  directory is made here before circusd starts (`make_socket_dir`,
  EDGE_SOCKET_DIR) and removed when it exits.
* The edge's private temp directory (openresty/edge.sh makes it with
  mktemp -d when root) is removed when the edge watcher stops
  (`remove_edge_tmp`, a Circus after_stop hook in circus.ini).
* A reload through Circus (`circusctl signal edge hup`) first regenerates
  and validates the edge's nginx config from the edge config
  (`openresty/edge.sh prepare`, `prepare_edge_reload`, a Circus
  before_signal hook in circus.ini); a refused config stops the HUP, so
  the running edge keeps serving the config it has.
* No ConflictError tracebacks on stop and restart: Circus runs
  `Arbiter.manage_watchers` every `check_delay` seconds from a tornado
  PeriodicCallback; it is @synchronized, so while a command holds the
  arbiter (quit, restart, reload) it raises ConflictError, and tornado logs
  each one as an "Exception in callback" traceback. Skipping that tick is
  the right outcome (the command in progress manages the watchers; the
  next tick comes `check_delay` later), so the wrapper skips it quietly.
"""
import logging
import os
import pwd
import shutil
import signal
import stat
import subprocess  # nosec B404 - runs the project's own edge.sh
import sys
import tempfile
from pathlib import Path

from circus import arbiter
from circus.circusd import main
from circus.exc import ConflictError

TMP_PREFIX = "/tmp/edge-tmp."  # nosec B108 - edge.sh makes it with mktemp -d

_manage_watchers = arbiter.Arbiter.manage_watchers


def manage_watchers(self):
    """Arbiter.manage_watchers, or nothing while another command runs."""
    try:
        return _manage_watchers(self)
    except ConflictError:
        return None


arbiter.Arbiter.manage_watchers = manage_watchers


def service_user():
    """(user, named): EDGE_SERVICE_USER when set, else nobody as root and
    the current user otherwise; named says whether it was set."""
    name = os.environ.get("EDGE_SERVICE_USER")
    if name:
        return name, True
    if os.geteuid() == 0:
        return "nobody", False
    return pwd.getpwuid(os.geteuid()).pw_name, False


def access_problems(user, readable=(), writable=(), executable=()):
    """Paths `user` cannot read (or write), checked in a child process that
    takes the user's identity: [] when all is well."""
    entry = pwd.getpwnam(user)
    if entry.pw_uid == os.geteuid():
        return []
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: become the user, test, report, exit
        os.close(read_fd)
        try:
            os.setgroups([])
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            bad = [f"cannot read {p}" for p in readable
                   if not os.access(p, os.R_OK | (os.X_OK if os.path.isdir(p) else 0))]
            bad += [f"cannot run {p}" for p in executable
                    if not os.access(p, os.X_OK)]
            bad += [f"cannot write {p}" for p in writable
                    if not os.access(p, os.W_OK | os.X_OK)]
            os.write(write_fd, "\n".join(bad).encode())
        finally:
            os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as f:
        out = f.read().decode()
    os.waitpid(pid, 0)
    return [line for line in out.splitlines() if line]


def check_privileges():
    """As root: the service user exists and can reach what it needs."""
    user, named = service_user()
    os.environ["EDGE_SERVICE_USER"] = user
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(user)
    except KeyError:
        return f"EDGE_SERVICE_USER {user!r} is not a user on this machine"
    if entry.pw_uid == 0:
        # only when asked for by name (the test harness, whose checkouts and
        # temp dirs may be out of an unprivileged user's reach)
        print("edge: warning: EDGE_SERVICE_USER names root: the services run "
              "as root", file=sys.stderr)
        return None
    project = Path(os.environ.get("PROJECT_DIR", Path(__file__).resolve().parent.parent))
    venv = Path(os.environ.get("VENV", project / ".venv"))
    database = Path(os.environ.get("APP_DATABASE",
                                   project / "var" / "data" / "checkins.sqlite3"))
    readable = [project / "app" / "__init__.py", venv / "bin" / "gunicorn"]
    writable = [database.parent] if database.parent.is_dir() else []
    # the venv's interpreter, wherever its symlinks lead (a pyenv Python
    # under /root is out of an unprivileged user's reach)
    executable = [os.path.realpath(venv / "bin" / "python")]
    problems = access_problems(user, readable, writable, executable)
    if problems and not named:
        # the default user cannot run this checkout (a venv on a Python
        # under /root, a checkout in a 0700 home): `make run` must still
        # start, so the services stay root, and say so loudly
        os.environ["EDGE_SERVICE_USER"] = "root"
        print(f"edge: WARNING: started as root and {user} "
              + "; ".join(problems)
              + ": the services run as ROOT. To drop privileges, build the "
              "venv from a system Python (rm -rf .venv; make run "
              "PYTHON=/usr/bin/python3) in a directory other users can "
              "read, or name a user with EDGE_SERVICE_USER.",
              file=sys.stderr)
        return None
    if problems:
        return (f"started as root, the services run as {user}, who "
                + "; ".join(problems)
                + ". Make these reachable (e.g. a venv built from a system "
                "Python: make PYTHON=/usr/bin/python3 after removing .venv), "
                "set EDGE_SERVICE_USER to a user who can, or set "
                "EDGE_SERVICE_USER=root to run the services as root knowingly")
    return None


def remove_edge_tmp(watcher=None, arbiter=None, hook_name=None, **_kwargs):
    """Circus after_stop hook of the edge: remove the private temp dir that
    edge.sh recorded in $EDGE_RUN_DIR/edge/tmpdir (only a real directory
    named like mktemp's, owned by us; never through a symlink)."""
    env = getattr(watcher, "env", None) or os.environ
    run_dir = env.get("EDGE_RUN_DIR")
    if run_dir:
        remove_tmp_dir(Path(run_dir) / "edge")
    return True


def prepare_edge_reload(watcher=None, arbiter=None, hook_name=None,
                        signum=None, **_kwargs):
    """Circus before_signal hook of the edge: a HUP reaches nginx only
    after `edge.sh prepare` has regenerated its config from the edge config
    (the watcher's own environment: ports, EDGE_CONFIG), validated it and
    installed it. Refused: logged (the message names the field), and no
    HUP, so nginx keeps the config it runs. Other signals (QUIT at stop)
    pass untouched."""
    if signum != signal.SIGHUP:
        return True
    log = logging.getLogger("circus")
    try:
        proc = subprocess.run(  # nosec B603 - the watcher's own command
            [watcher.cmd, "prepare"], env=watcher.env,
            cwd=watcher.working_dir, capture_output=True, text=True,
            timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.error("edge: reload refused, the edge keeps its config: %s", exc)
        return False
    out = " ".join((proc.stdout + proc.stderr).split())
    if proc.returncode != 0:
        log.error("edge: reload refused, the edge keeps its config: %s", out)
        return False
    log.info("edge: new config installed, reloading: %s", out)
    return True


def remove_tmp_dir(prefix):
    record = Path(prefix) / "tmpdir"
    try:
        path = record.read_text().strip()
    except OSError:
        return
    if path.startswith(TMP_PREFIX) and "/" not in path[len(TMP_PREFIX):]:
        try:
            st = os.lstat(path)
        except OSError:
            st = None
        if st and stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid():
            shutil.rmtree(path, ignore_errors=True)
    record.unlink(missing_ok=True)


def make_socket_dir():
    """A private directory for the services' Unix sockets (circus.ini's
    compute_unix and checkins_unix, which edge.sh gives nginx), unless
    EDGE_SOCKET_DIR names one already: mkdtemp (a fresh, unpredictable
    name), 0711 so that nginx's workers (nobody under root) pass through
    to the sockets and no one lists it. Short on purpose: a socket's path
    holds at most 107 bytes. Returns it when made here (removed at exit)."""
    if os.environ.get("EDGE_SOCKET_DIR"):
        return None
    path = tempfile.mkdtemp(prefix="edge-sock.", dir="/tmp")  # nosec B108 - mkdtemp
    os.chmod(path, 0o711)  # nosec B103 - workers pass through, no listing
    os.environ["EDGE_SOCKET_DIR"] = path
    return path


def run():
    problem = check_privileges()
    if problem:
        print(f"edge: {problem}", file=sys.stderr)
        return 1
    made = make_socket_dir()
    try:
        return main()
    finally:
        if made:
            shutil.rmtree(made, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(run())
