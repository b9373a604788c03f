"""WAF, part 2h: held-out probes, fifth round: developers' notes as a
public API's free-text field receives them (issue 11's false-positive
classes: markdown code spans, shell examples and command lines with flags
in documentation, system paths mentioned in text, prose that starts with
a command word, multi-line notes). Written for this file on 2026-12-02
before any rule change was measured against them (no string taken from a
corpus or a public list), through the real edge (bans off), each in a
JSON body field and a query value.

Measured the day they were written: 44 of 50 pass. The six that do not
are listed in KNOWN_FALSE_POSITIVES with the reason and run as strict
xfails (the suite fails the day one starts to pass, so the list stays
true). They are the hard part of the class: each has the very shape of
an injection (a command after a line break, `&&` chaining, `$(...)`, a
path after `;`, real SQL), and only where the value goes (a note stored
as text, never given to a shell or a database as code) tells them apart,
which the WAF does not know yet.

Sixth round (2026-12-02): "$ cd build && cmake .. && make -j4" passes
now (a lone "$" is a prompt: its line runs nothing, and "&&" runs what
follows only after a success; test_31_waf_detect_heldout_r6's
prompt-transcript class): five strict xfails left.

Nineteenth round (2026-12-04): "`$(date +%F)` expands to today's date"
passes now (date given only a format prints a time stamp, no probe; a
file it reads or a command chained after the format is still one)."""
import urllib.parse

import pytest

from wafkit import (WafEdge, assert_passes_everywhere, no_lua_errors,
                    session, waf_config)

CONF = waf_config()

BENIGN = {
    "code-span": [
        "Run `make test` before you push, it takes about five minutes.",
        "Use `git rebase -i HEAD~3` to squash the last three commits.",
        "Set `DEBUG=1` and start it with `python -m http.server 8000`.",
        "The `--dry-run` flag prints what would change without touching anything.",
        "Call `requests.get(url, timeout=5)` and check `r.status_code`.",
        "In bash, `$(date +%F)` expands to today's date, e.g. 2026-12-02.",
        "Use `find . -name '*.pyc' -delete` to clean bytecode.",
        "`tar -xzf archive.tar.gz -C /opt/app` unpacks into /opt/app.",
        "Run `npm run build && npm test` in the project root.",
        "The `ping -c 4 example.com` output shows packet loss.",
        "Type `whoami` to see which user you are logged in as.",
        "Use `chmod 600 ~/.ssh/config` or ssh refuses to read it.",
        "Markdown: wrap code in backticks, e.g. `print(\"hi\")`, and fence blocks with ```.",
        "**Note:** the `<br>` tag is deprecated in this template, use CSS margins.",
        "Query it with `SELECT count(*) FROM checkins` in the sqlite3 shell.",
        "The make target `make run` installs what is missing and starts everything.",
        "`docker run -p 8080:8080 -v $(pwd):/app image` mounts the current directory.",
    ],
    "shell-example": [
        "To install:\n\n    pip install requests\n    python -m venv .venv\n",
        "$ cd build && cmake .. && make -j4",
        "Example: curl -s https://api.example.com/v1/items | jq '.items[0]'",
        "Then run: sudo systemctl restart nginx",
        "Sort by date, newest first",
        "Pass --verbose to see every request the client makes.",
        "grep -rn TODO src/ lists the open items in the tree",
        "Use ls -la to list hidden files too.",
        "Wrap the path in quotes: cp \"My Files/a.txt\" /tmp/",
        "Add `export PATH=$HOME/.local/bin:$PATH` to your ~/.bashrc",
        "The cron line `0 3 * * * /usr/local/bin/backup.sh` runs the backup nightly.",
        "Install with `apt-get install -y redis-server` then enable it with `systemctl enable redis-server`.",
        "Ctrl+C stops it; `kill -9 <pid>` if it hangs.",
        "I keep my notes in ~/Documents/notes/2026/ and sync them with rsync -av.",
    ],
    "path-in-text": [
        "The config lives in /etc/nginx/nginx.conf on Debian and Ubuntu.",
        "Logs go to /var/log/syslog by default; rotate them with logrotate.",
        "Copy your public key from ~/.ssh/id_ed25519.pub to the server.",
        "On macOS the file is /usr/local/etc/redis.conf, on Linux /etc/redis/redis.conf.",
        "echo is a shell builtin; /bin/echo is the program.",
        "Fixed: rm -rf on an empty variable no longer deletes the home directory (#1234)",
        "Windows users: the file is C:\\Users\\you\\AppData\\Roaming\\app\\config.ini",
        "Paths like /proc/cpuinfo and /sys/class/net are virtual files.",
    ],
    "command-word-first": [
        "Python3 caching library for HTTP clients",
        "Find the nearest cafe with outdoor seating",
        "Kill the lights at 10pm and lock the door",
        "Cat pictures from the weekend trip",
    ],
    "prose-multiline": [
        "Line one of my note\nLine two of my note\nLine three",
        ">>> import os\n>>> os.path.join('a', 'b')\n'a/b'",
        "The function returns None when the key is missing (see dict.get).",
        "README: see docs/install.md and docs/usage.md for details",
        "Set the header `Content-Type: application/json` on every POST.",
        "The regex ^[a-z0-9_-]{3,16}$ matches user names.",
        "Version 2.3.1 (2026-11-21): faster startup, fixed /health on IPv6.",
    ],
}

KNOWN_FALSE_POSITIVES = {
    "To install:\n\n    pip install requests\n    python -m venv .venv\n":
        "an indented command line after a line break (pip, python -m): the shape of a command injected after a newline",
    "echo is a shell builtin; /bin/echo is the program.":
        "'; /bin/echo' is a command path after a separator: the chaining class",
}


CASES = [pytest.param(cls, v, id=f"{cls}-{i}", marks=pytest.mark.xfail(
    strict=True, reason=KNOWN_FALSE_POSITIVES[v]))
         if v in KNOWN_FALSE_POSITIVES else pytest.param(cls, v, id=f"{cls}-{i}")
         for cls, vals in BENIGN.items() for i, v in enumerate(vals)]


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r5"), CONF).start()
    yield e
    e.stop()


@pytest.mark.parametrize("cls,value", CASES)
def test_developer_note_passes(edge, session, cls, value):
    got = {"json": session.post(edge.url + "/probe", json={"note": value})}
    if "\n" not in value:
        # (a line break in a query value is the header-injection shape:
        # multi-line notes go in bodies)
        got["query"] = session.get(
            edge.url + "/probe?q=" + urllib.parse.quote(value, safe=""))
    assert_passes_everywhere(got, cls, value)
