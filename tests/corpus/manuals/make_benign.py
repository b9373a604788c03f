#!/usr/bin/env python3
"""Generate benign.jsonl -- held-out benign corpus for WAF false-positive testing.

Standard library only, deterministic (random.Random(12)).
Every value is hand-composed or assembled from hand-composed fragments.
"""
import base64
import hashlib
import json
import os
import random
import uuid

R = random.Random(12)
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = 72


def pick(seq):
    return R.choice(seq)


def picks(seq, k):
    return R.sample(seq, k)


# ---------------------------------------------------------------------------
# issue-comments
# ---------------------------------------------------------------------------
IC_HAND = [
    "## Bug: export job dies on accounts with a lot of orders\n\n**What I did**\n\n```\n$ curl -s -X POST 'https://staging.example.com/api/v2/exports?format=csv&since=2023-01-01' \\\n    -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n    -d '{\"account_id\": 88213, \"include\": [\"orders\", \"refunds\"]}'\n{\"error\":\"internal\",\"request_id\":\"9f1c2e7a\"}\n```\n\n**Worker log** (request_id 9f1c2e7a):\n\n```\nTraceback (most recent call last):\n  File \"/app/worker/tasks.py\", line 311, in run_export\n    rows = session.execute(text(sql), params).fetchall()\n  File \"/app/.venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py\", line 1416, in execute\n    return meth(self, distilled_params, execution_options or NO_OPTIONS)\nsqlalchemy.exc.OperationalError: (psycopg2.errors.QueryCanceled) canceling statement due to statement timeout\n[SQL: SELECT o.id, o.created_at, o.total_cents, r.amount_cents FROM orders o LEFT JOIN refunds r ON r.order_id = o.id WHERE o.account_id = %(account_id)s AND o.created_at >= %(since)s ORDER BY o.created_at]\n[parameters: {'account_id': 88213, 'since': '2023-01-01'}]\n```\n\nThe account has ~2.1M orders. Looks like we load everything into memory *and* hit the 30s `statement_timeout`. Options:\n1. stream with `yield_per(5000)` / server-side cursor\n2. paginate by `(created_at, id)` keyset\n3. bump the timeout for the export role only (`ALTER ROLE exporter SET statement_timeout = '10min';`)\n\nI'd go with 2 + 3. Thoughts?",
    "Still seeing this on 2.4.1. Steps:\n1. `pip install foo==2.4.1`\n2. run `foo sync --dry-run`\n\n"
    "Traceback (most recent call last):\n  File \"/usr/lib/python3.11/site-packages/foo/cli.py\", line 212, in main\n"
    "    cfg = load_config(args.config)\n  File \"/usr/lib/python3.11/site-packages/foo/config.py\", line 48, in load_config\n"
    "    with open(os.path.expanduser(path)) as fh:\nFileNotFoundError: [Errno 2] No such file or directory: '/home/dana/.config/foo/config.toml'\n\n"
    "The docs say the default is ~/.foorc, so which one is it?",
    "LGTM but nit: `SELECT * FROM orders WHERE customer_id = ?` should probably list the columns explicitly, the table got 3 new columns last sprint.",
    "The migration fails on MySQL 8 with `ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'groups (id INT NOT NULL)' at line 1`. `groups` became a reserved word in 8.0.2, we need to backtick it.",
    "The rendered page shows the literal `<br>` instead of a line break in the description field. Looks like we're double-escaping: the API returns `&lt;br&gt;` and then the template escapes again -> `&amp;lt;br&amp;gt;`.",
    "Repro on Windows: `C:\\Users\\mkowalski\\AppData\\Local\\Temp\\build-1234\\out.log` is locked by the previous run. Deleting the folder by hand fixes it, but obviously that's not a fix.",
    "can confirm, same on macOS 14.2 / M2. `brew reinstall openssl@3` did not help.",
    "This breaks when the path contains spaces: `cp $SRC $DEST` needs quotes -> `cp \"$SRC\" \"$DEST\"`. Shellcheck flags it as SC2086.",
    "Suggestion: instead of `os.system(f\"rm -rf {tmpdir}\")` use `shutil.rmtree(tmpdir)`; it doesn't go through a shell and works on Windows too.",
    "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR!\nnpm ERR! While resolving: web@0.3.0\nnpm ERR! Found: react@18.2.0\nnpm ERR! node_modules/react\nnpm ERR!   react@\"^18.2.0\" from the root project\nnpm ERR!\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^16.8.0 || ^17.0.0\" from react-beautiful-dnd@13.1.1\n\nI'm guessing we need `--legacy-peer-deps` until they release 14?",
    "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat com.acme.users.UserService.normalize(UserService.java:87)\n\tat com.acme.users.UserService.create(UserService.java:41)\n\tat com.acme.api.UserController.post(UserController.java:63)\n\nHappens when the signup form is submitted without a display name. Should be a 400, not a 500.",
    "Query plan for the slow endpoint:\n```\nEXPLAIN ANALYZE SELECT u.id, count(o.id) FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.created_at > now() - interval '30 days' GROUP BY u.id;\n```\n`Seq Scan on orders  (cost=0.00..48213.10 rows=1200000 width=8)` -- we need an index on `orders(user_id)`.",
    "Approving. One question about `../../shared/utils.ts`: can we import via the `@shared` alias instead? Three levels of ../ are hard to follow when files move.",
    "Docker build fails at step 7/12: `RUN apt-get update && apt-get install -y libpq-dev` -> `E: Unable to locate package libpq-dev`. Base image switched to alpine in #412, it should be `apk add --no-cache postgresql-dev` now.",
    "I think the regex is too greedy: `/<(.*)>/` will match from the first `<` to the last `>` on the line. Use `/<([^>]*)>/` or make it lazy.",
    "kubectl shows `CrashLoopBackOff`; logs:\n```\n$ kubectl logs api-7f9c8d-xk2p -n staging --previous\nError: listen EADDRINUSE: address already in use :::8080\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)\n```\nsidecar is grabbing 8080 too I think",
    "error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable\n  --> src/cache.rs:58:9\n   |\n55 |         let first = self.items.first();\n   |                     ---------- immutable borrow occurs here\n...\n58 |         self.items.push(entry);\n   |         ^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here\n\nClone `first` before pushing? or restructure so we don't hold the ref",
    "The CSV export puts `=HYPERLINK(...)` values straight into the cell and Excel evaluates them. We should prefix any cell starting with `=`, `+`, `-` or `@` with a single quote when exporting.",
    "After upgrading to Django 5.0: `django.core.exceptions.ImproperlyConfigured: SQLite 3.21.0 or later is required (found 3.7.17).` -- CentOS 7 image, yeah I know, it's on the list.",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4a3f2c]\n\ngoroutine 17 [running]:\nmain.(*Server).handle(0x0, {0x7f1c20, 0xc0000a2000})\n\t/src/server.go:142 +0x2c\n\nthe server struct is nil because `NewServer` returns early on config error but we ignore the err",
    "Works for me if I set `export NODE_OPTIONS=--max-old-space-size=4096` before `npm run build`. 8GB runner should be enough after that.",
    "The `@error` handler in `ImageCard.vue` fires in a loop when the fallback image is also a 404: `<img :src=\"src\" @error=\"src = fallback\">`. Need a guard flag so it only swaps once.",
    "ping @maria-l -- is this the same as #2231? The stack trace looks identical (`TypeError: Cannot read properties of undefined (reading 'map')` at `Table.render`).",
    "Reverted in 4f2a9c1. The `DROP INDEX CONCURRENTLY idx_events_ts;` in migration 0042 held locks longer than expected on prod. We'll redo it in a maintenance window.",
    "Closing as wontfix: the tool intentionally refuses to follow symlinks that point outside the project root (e.g. `assets -> /etc`). Copy the files in instead.",
    "Careful, `make 2>&1 | tee build.log` swallows make's exit code, CI went green on a failed build. Add `set -o pipefail` at the top of the script.",
    "`Get-ChildItem -Recurse -Filter *.log | Remove-Item` deleted more than I expected because on PS 5.1 `-Filter *.log` also matches `*.log1`. Use `-Include` or check `$_.Extension -eq '.log'`.",
    "Seeing this in the console since the domain move:\n> Access to fetch at 'https://api.example.com/v2/items' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    "The email template renders `{{ user.first_name }}` literally when it's sent from the cron job -- that path bypasses Jinja and just does `str.format`. So customers got \"Hi {{ user.first_name }},\" lol",
    "nginx returns `413 Request Entity Too Large` for anything over 1MB. Needs `client_max_body_size 25m;` in the server block, the ingress annotation alone isn't enough.",
    "Tested the fix with a title of `Tom & Jerry <3 \"quotes\"` and it round-trips correctly now, both in the list view and the edit form. Thanks!",
    "Not sure this is a bug in the lib. Your query is `WHERE name = 'O'Reilly'` -- the quote isn't escaped because you built it with string concatenation. Use `cursor.execute(\"... WHERE name = %s\", (name,))`.",
    "Hmm, on Alpine `/bin/sh` is busybox ash, so `[[ -f $x ]]` fails with `sh: [[: not found`. Either use `#!/bin/bash` or POSIX `[ -f \"$x\" ]`.",
    "The upload endpoint stores files as `uploads/<user_id>/<original_name>`. Someone uploaded `résumé (1).pdf` and the download link is broken because we don't URL-encode: it should be `r%C3%A9sum%C3%A9%20(1).pdf`.",
    "+1, also happens with `git clone --depth 1 --branch v3.0.0 https://github.com/acme/sdk.git` behind our corporate proxy. `GIT_CURL_VERBOSE=1` shows the CONNECT going through, then `gnutls_handshake() failed`.",
]

IC_CMDS = [
    "pytest -x tests/test_api.py -k 'not slow'", "cargo build --release", "go test ./... -run TestParse -v",
    "npm ci && npm run build", "docker compose up --build api", "make -j8 install PREFIX=$HOME/.local",
    "terraform plan -var-file=prod.tfvars", "mvn -q -DskipTests package", "bundle exec rspec spec/models/user_spec.rb:42",
    "yarn test --watchAll=false", "python manage.py migrate --plan", "kubectl apply -f k8s/ -n staging",
    "helm upgrade --install api ./chart -f values-prod.yaml", "./gradlew assembleDebug --stacktrace",
    "poetry install --with dev", "psql -h localhost -U app -d app_dev -f db/seed.sql",
    "ansible-playbook site.yml -l web --check --diff", "dotnet test --filter Category=Integration",
    "php artisan migrate:fresh --seed", "bin/rails db:migrate RAILS_ENV=test", "cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build",
    "tox -e py312", "pnpm -r --filter ./packages/** build", "sudo systemctl restart myapp.service",
]
IC_ERRS = [
    "ModuleNotFoundError: No module named 'yaml'",
    "error: linking with `cc` failed: exit status: 1\n  = note: /usr/bin/ld: cannot find -lssl: No such file or directory",
    "--- FAIL: TestParse/empty_input (0.00s)\n    parse_test.go:58: got \"\", want \"<nil>\"",
    "E   AssertionError: assert {'id': 3, 'name': \"O'Brien\"} == {'id': 3, 'name': 'OBrien'}",
    "Error: Cannot find module '../lib/utils' from 'src/index.test.js'",
    "ERROR:  relation \"public.user_sessions\" does not exist\nLINE 1: DELETE FROM user_sessions WHERE expires_at < now();\n                    ^",
    "fatal: unable to access 'https://github.com/acme/api.git/': SSL certificate problem: unable to get local issuer certificate",
    "Error: Error acquiring the state lock\n\nLock Info:\n  ID:        6c1e2f0a-77d1-4b0e-9f1e-2a1d0c6b9e11\n  Path:      tf-state/prod/terraform.tfstate\n  Operation: OperationTypePlan",
    "sh: 1: node: not found",
    "PermissionError: [Errno 13] Permission denied: '/var/lib/app/uploads/tmp'",
    "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
    "ORA-00942: table or view does not exist",
    "Msg 207, Level 16, State 1, Line 3\nInvalid column name 'CreatedAt'.",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 17: invalid continuation byte",
    "panic: assignment to entry in nil map",
    "Segmentation fault (core dumped)",
    "Last State: Terminated\n  Reason: OOMKilled\n  Exit Code: 137",
    "java.sql.SQLSyntaxErrorException: Unknown column 'u.deleted_at' in 'where clause'",
    "ActiveRecord::PendingMigrationError: Migrations are pending. To resolve this issue, run:\n\n        bin/rails db:migrate RAILS_ENV=test",
    "error TS2339: Property 'userId' does not exist on type 'Request<ParamsDictionary, any, any, ParsedQs>'.",
    "Job for myapp.service failed because the control process exited with error code.\nSee \"systemctl status myapp.service\" and \"journalctl -xeu myapp.service\" for details.",
    "CMake Error at CMakeLists.txt:14 (find_package):\n  Could not find a package configuration file provided by \"fmt\"",
]
IC_ENVS = ["Ubuntu 22.04, Python 3.11.6", "macOS 14.3 (arm64)", "Windows 11 + WSL2", "Debian bookworm container",
           "node v20.11.1 / npm 10.2.4", "go1.22.0 linux/amd64", "rustc 1.76.0 (07dca489a 2024-02-04)",
           "Fedora 39", "GitHub Actions ubuntu-latest runner", "k8s 1.28 on EKS"]
IC_OPEN = ["Ran this on a clean checkout:", "Same here after rebasing on main.", "repro:",
           "Getting a different error than the one in the description:", "Hmm, CI is red again:",
           "FWIW this is what I get locally", "Steps to reproduce", "bisected it to the dependency bump, output below",
           "i'm on the latest release and it still happens", "Minimal repro:"]
IC_CLOSE = ["Any idea what changed?", "Happy to test a patch.", "Workaround for now: pin the previous version.",
            "Not blocking, but annoying.", "Will open a PR if nobody's on it.", "", "cc @devops-team",
            "Could this be related to #1487?", "Re-running the job didn't help.", "thanks in advance!"]


def gen_issue_comment():
    cmd, err = pick(IC_CMDS), pick(IC_ERRS)
    style = R.randint(0, 3)
    if style == 0:
        s = "%s\n\n```\n$ %s\n%s\n```\n\nEnv: %s. %s" % (pick(IC_OPEN), cmd, err, pick(IC_ENVS), pick(IC_CLOSE))
    elif style == 1:
        s = "%s `%s` fails with `%s` (%s). %s" % (pick(IC_OPEN), cmd, err.split("\n")[0], pick(IC_ENVS), pick(IC_CLOSE))
    elif style == 2:
        s = "**Describe the bug**\n`%s` exits non-zero.\n\n**Output**\n```\n%s\n```\n\n**Environment**\n- %s\n\n%s" % (
            cmd, err, pick(IC_ENVS), pick(IC_CLOSE))
    else:
        s = "> %s\n\n%s\n```\n%s\n```" % (err.split("\n")[0], pick(IC_OPEN), cmd)
    return s.strip()


# ---------------------------------------------------------------------------
# commit-changelog
# ---------------------------------------------------------------------------
CC_HAND = [
    "fix: escape `%` and `_` in LIKE patterns passed to `search_users()`\n\nUser input such as `50%` was matching every row. We now escape both wildcards and pass `ESCAPE '\\'`.",
    "Bump version to 2.7.0-rc.1",
    "Revert \"feat(upload): allow .svg avatars\"\n\nThis reverts commit 9b1e0c4d7a31f. SVG files can carry <script> elements; we need the sanitizer first.",
    "## v1.9.3 (2024-02-02)\n\n### Bug fixes\n- `config load` no longer crashes when `$XDG_CONFIG_HOME` is unset (#881)\n- Windows: paths like `C:\\Users\\x\\proj` are normalized before hashing (#877)\n\n### Internal\n- Dropped Python 3.7 from the CI matrix",
    "docs: fix typo in README (recieve -> receive)",
    "wip",
    "refactor(db): replace `cursor.execute(\"SELECT ... WHERE id = %s\" % uid)` with a parameterized query",
    "Release 0.14.0\n\nHighlights:\n* New `--json` output for `ls` and `stat`\n* `--since`/`--until` accept relative dates (`2w`, `3d`)\n* Breaking: `--quiet` is now `-q`; `-Q` was removed\n\nFull changelog: https://github.com/acme/tool/compare/v0.13.2...v0.14.0",
    "perf: avoid O(n^2) loop in `merge_ranges` (1.8s -> 40ms on 50k ranges)",
    "ci: pin actions/checkout@v4 and run `cargo clippy -- -D warnings`",
    "Fix #1204: handle filenames containing newlines in the `find -print0 | xargs -0` pipeline",
    "security: reject `..` segments and absolute paths in archive entries before extraction (zip slip). Reported by @rkumar, thanks!",
    "build(deps-dev): bump eslint from 8.56.0 to 8.57.0 in /frontend",
    "Add `DROP TABLE IF EXISTS tmp_import;` at the end of import.sql so reruns don't fail",
    "feat(cli): support repeated `--exclude` (e.g. `backup --exclude '*.tmp' --exclude 'node_modules/'`)",
    "Merge branch 'main' into feature/csv-export",
    "chore: remove console.log('here') debugging leftovers",
    "### 5.0.0 - Breaking changes\n- Node 16 is no longer supported; minimum is 18.17.\n- `render(template, data)` now escapes HTML by default. Pass `{ escape: false }` to get the old behaviour.\n- The `<Modal>` component's `onClose` prop is now required.",
    "fix(nginx): add `location ~ /\\.` deny block so `/.git/config` and `/.env` are never served",
    "Update CHANGELOG.md for 3.1.4",
    "test: add regression test for emoji in usernames (\U0001F469\u200D\U0001F4BB, \U0001F1EF\U0001F1F5)",
    "i18n: update de/fr/ja translations; fix plural forms for pl",
    "Fix shell quoting in deploy.sh: `ssh $HOST \"cd $DIR && ./run.sh\"` was expanding $DIR locally",
    "v2.3.1\n- Fixed: `SELECT ... FOR UPDATE SKIP LOCKED` not emitted on MariaDB < 10.6\n- Fixed: memory leak in the websocket reconnect loop",
    "Merge pull request #992 from kfischer/fix-windows-paths\n\nNormalize backslashes in resolve_asset()",
    "fixup! feat(api): paginate /v2/orders",
    "Initial commit",
    "style: run black + isort, no functional changes",
    "fix(template): don't mark `user.bio` as safe; it was rendered with `|safe` since 2019 (!)",
    "feat: add `--dry-run` to `prune` so people can see which files `rm` would touch\n\nSigned-off-by: Jo\u00e3o Pereira <joao@example.org>",
]
CC_TYPES = ["fix", "feat", "chore", "refactor", "perf", "docs", "test", "build", "ci", "style"]
CC_SCOPES = ["api", "auth", "cli", "db", "ui", "parser", "deps", "upload", "search", "config", "k8s", "docker", "i18n", "billing", None]
CC_SUBJ = [
    "handle empty `{f}` when `{flag}` is set", "add `{flag}` option to `{fn}()`", "rename `{fn}` to `{fn2}`",
    "bump {pkg} from {v1} to {v2}", "stop logging request bodies in `{f}`", "make `{fn}()` idempotent",
    "support Windows paths in `{fn}`", "drop deprecated `{flag}` flag", "cache `{fn}` results for 5 minutes",
    "fix off-by-one in `{fn}` pagination", "read defaults from `{f}`", "move `{f}` to `{f2}`",
    "close file handles in `{fn}` on error", "retry `{fn}` on 429/503 with backoff", "document `{flag}` in README",
    "use `{fn2}` instead of shelling out to `{tool}`", "quote `$@` in `{f}`", "return 404 instead of 500 when `{fn}` finds nothing",
    "upgrade base image to {img}", "add index on `{col}`",
]
CC_FILES = ["src/app/main.py", "lib/parser.rb", "cmd/server/main.go", "src/utils/date.ts", "config/settings.yaml",
            "scripts/deploy.sh", "Dockerfile", "docs/usage.md", "pkg/store/sql.go", "app/models/user.rb",
            "src/components/Table.tsx", "migrations/0042_add_index.sql", "setup.cfg", "Cargo.toml", ".github/workflows/ci.yml"]
CC_FLAGS = ["--dry-run", "--json", "--no-color", "--since", "--exclude", "--force", "-v", "--max-retries", "--timeout", "--config", "-j"]
CC_FNS = ["parse_args", "loadConfig", "resolve_path", "fetchUser", "render_template", "normalize_email", "ListOrders",
          "build_query", "sanitize_filename", "hashPassword", "open_db", "export_csv"]
CC_PKGS = ["requests", "lodash", "serde", "axios", "golang.org/x/net", "rails", "jackson-databind", "pillow", "webpack", "tokio"]
CC_TOOLS = ["tar", "git", "convert", "ffmpeg", "curl", "find"]
CC_IMGS = ["python:3.12-slim", "node:20-alpine", "golang:1.22-bookworm", "eclipse-temurin:21-jre", "ruby:3.3"]
CC_COLS = ["orders(user_id)", "events(created_at)", "sessions(token)", "audit_log(actor_id, ts)"]


def _ver():
    return "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20))


def gen_commit():
    t = pick(CC_TYPES)
    sc = pick(CC_SCOPES)
    fn, fn2 = picks(CC_FNS, 2)
    f, f2 = picks(CC_FILES, 2)
    subj = pick(CC_SUBJ).format(f=f, f2=f2, flag=pick(CC_FLAGS), fn=fn, fn2=fn2, pkg=pick(CC_PKGS),
                                v1=_ver(), v2=_ver(), tool=pick(CC_TOOLS), img=pick(CC_IMGS), col=pick(CC_COLS))
    head = "%s%s: %s" % (t, "(%s)" % sc if sc else "", subj)
    style = R.randint(0, 4)
    if style == 0:
        return head + " (#%d)" % R.randint(100, 4000)
    if style == 1:
        body = "\n".join("- %s" % x for x in picks(CC_FILES, R.randint(1, 3)))
        return "%s\n\nTouched files:\n%s\n\nCloses #%d" % (head, body, R.randint(10, 3000))
    if style == 2:
        v = _ver()
        items = [pick(CC_SUBJ).format(f=pick(CC_FILES), f2=pick(CC_FILES), flag=pick(CC_FLAGS), fn=pick(CC_FNS), fn2=pick(CC_FNS),
                                      pkg=pick(CC_PKGS), v1=_ver(), v2=_ver(), tool=pick(CC_TOOLS), img=pick(CC_IMGS), col=pick(CC_COLS))
                 for _ in range(R.randint(2, 4))]
        date = "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
        return "## [%s] - %s\n### %s\n%s" % (v, date, pick(["Fixed", "Added", "Changed", "Security"]),
                                            "\n".join("- " + i[0].upper() + i[1:] for i in items))
    if style == 3:
        return head.lower() if R.random() < 0.5 else head
    return "%s\n\n%s" % (head, pick([
        "Previously this silently ignored the error and returned an empty list.",
        "Tested locally with `make test` and against staging.",
        "No behaviour change for existing users; new flag defaults to off.",
        "Co-authored-by: Li Wei <li.wei@example.com>",
        "BREAKING CHANGE: the old name is no longer exported.",
        "See discussion in #%d." % R.randint(100, 999),
    ]))


# ---------------------------------------------------------------------------
# docstrings
# ---------------------------------------------------------------------------
DS_HAND = [
    '"""Return the first *n* items of ``iterable`` as a list.\n\n    >>> take(3, range(10))\n    [0, 1, 2]\n    >>> take(5, "ab")\n    [\'a\', \'b\']\n    """',
    '"""Split a shell-like string into tokens.\n\n    Uses :func:`shlex.split`, so quotes are honoured::\n\n        >>> tokens("ls -la \'My Documents\'")\n        [\'ls\', \'-la\', \'My Documents\']\n\n    Never pass the result to ``os.system``; use ``subprocess.run(tokens)``.\n    """',
    "/**\n * Debounce a function.\n *\n * @param {Function} fn - the callback\n * @param {number} [wait=200] - delay in ms\n * @returns {Function} debounced wrapper with a `.cancel()` method\n * @example\n * const onResize = debounce(() => layout(), 100);\n * window.addEventListener('resize', onResize);\n */",
    "// ParseDuration parses strings like \"1h30m\" or \"250ms\".\n// It returns an error for negative values, e.g. ParseDuration(\"-5s\").\n// See also time.ParseDuration; we only add support for the \"d\" (day) unit.",
    "/// Joins `base` and `rel`, refusing to escape `base`.\n///\n/// ```\n/// let p = safe_join(\"/srv/data\", \"img/a.png\").unwrap();\n/// assert_eq!(p, PathBuf::from(\"/srv/data/img/a.png\"));\n/// assert!(safe_join(\"/srv/data\", \"../etc/passwd\").is_err());\n/// ```",
    "/**\n * Returns the user with the given id.\n *\n * @param id the primary key, must be positive\n * @return the user, never {@code null}\n * @throws UserNotFoundException if no row matches\n */",
    "# Public: Duplicate some text an arbitrary number of times.\n#\n# text  - The String to be duplicated.\n# count - The Integer number of times to duplicate the text.\n#\n# Examples\n#\n#   multiplex('Tom', 4)\n#   # => 'TomTomTomTom'\n#\n# Returns the duplicated String.",
    '"""Build a WHERE clause from keyword filters.\n\n    Values are never interpolated; placeholders are returned separately.\n\n    >>> where(name="bob", age=3)\n    (\'WHERE name = %s AND age = %s\', [\'bob\', 3])\n    """',
    "// TODO(ana): this is O(n^2), fine for <1000 rows, revisit if the admin table grows",
    "# NOTE: don't use `eval` here -- `ast.literal_eval` handles the tuples we need and won't run code",
    '"""Escape text for safe inclusion in HTML.\n\n    >>> escape(\'<a href="x">Tom & Jerry</a>\')\n    \'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;\'\n    """',
    "/*\n * strlcpy-style copy. Copies at most size-1 bytes and always NUL-terminates\n * (unless size == 0). Returns strlen(src) so the caller can detect truncation:\n *\n *     if (copy(dst, src, sizeof dst) >= sizeof dst) goto toolong;\n */",
    "// Package slug converts titles to URL-safe slugs.\n//\n//\tslug.Make(\"Hello, World!\")   // \"hello-world\"\n//\tslug.Make(\"Crème brûlée\")    // \"creme-brulee\"\n//\tslug.Make(\"../etc\")          // \"etc\"\npackage slug",
    '"""Compute a moving average.\n\n    Args:\n        xs (Sequence[float]): input samples.\n        k (int): window size, ``k >= 1``.\n\n    Returns:\n        list[float]: ``len(xs) - k + 1`` averages.\n\n    Raises:\n        ValueError: if ``k`` is larger than ``len(xs)``.\n    """',
    "/**\n * Formats a price for display.\n * @param {number} cents\n * @param {string} [locale='en-US']\n * @param {string} [currency='USD']\n * @example formatPrice(129900) // => \"$1,299.00\"\n * @example formatPrice(129900, 'de-DE', 'EUR') // => \"1.299,00 €\"\n */",
    "/// Parses a `key=value;key2=value2` cookie header into a map.\n/// Whitespace around `;` is ignored; duplicate keys keep the first value.\n/// # Panics\n/// Never. Malformed pairs are skipped.",
    "# Runs the block inside a DB transaction and rolls back if it raises.\n#\n#   with_transaction do\n#     User.create!(name: \"x\")\n#     raise ActiveRecord::Rollback if dry_run\n#   end",
    "/**\n * Runs an external command with arguments as an array (no shell).\n * <pre>{@code\n * run(List.of(\"git\", \"log\", \"--oneline\", \"-n\", \"5\"));\n * }</pre>\n * Do not concatenate user input into a single string and pass it to {@code sh -c}.\n */",
    "# FIXME: the vendor API sometimes returns `null` instead of `[]` for empty results, hence the `or []`",
    '"""Load a YAML file.\n\n    Always uses ``yaml.safe_load``; ``yaml.load`` without a Loader can construct\n    arbitrary Python objects (``!!python/object``) and is not allowed here.\n    """',
    "// eslint-disable-next-line no-restricted-globals -- we really do want window.location here",
    "/**\n * @typedef {Object} Options\n * @property {string} baseUrl e.g. \"https://api.example.com/v1/\"\n * @property {number} [retries=3]\n * @property {(req: Request) => void} [onRequest]\n */",
    "// Deprecated: use OpenFile(path, O_RDONLY) instead.\n// Kept for compatibility with callers that pass \"~/\" paths.",
    '"""\n    Convert Fahrenheit to Celsius.\n\n    >>> f_to_c(212)\n    100.0\n    >>> round(f_to_c(-40), 1)\n    -40.0\n    """',
    "/** @deprecated since 4.2, use {@link #findAll(Pageable)} */",
    "# Matches ISO-8601 dates like 2024-03-01 or 2024-03-01T12:00:00Z.\n# Regex: ^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)?$",
    "/*!\n * Returns true when `a` and `b` are equal in constant time.\n * Used to compare HMAC signatures; a plain `==` leaks timing information.\n */",
    "// Keep in sync with the CHECK constraint in migrations/0017_status.sql:\n//   CHECK (status IN ('draft', 'published', 'archived'))",
    '"""Render the invoice as PDF.\n\n    The template lives in ``templates/invoice.html`` and receives ``{{ invoice }}``\n    and ``{{ lines }}``. Autoescaping is on, so ``customer.name`` like\n    ``"ACME <Europe> GmbH"`` is safe.\n    """',
    "/// # Examples\n///\n/// ```rust\n/// use mycrate::Version;\n/// let v: Version = \"1.2.3-beta.1\".parse()?;\n/// assert!(v < \"1.2.3\".parse()?);\n/// # Ok::<(), mycrate::Error>(())\n/// ```",
    "# @param [String] path relative path inside the bucket, e.g. \"avatars/42.png\"\n# @param [Integer] expires_in seconds until the URL expires (default 900)\n# @return [String] a presigned GET URL",
    "// Workaround for https://bugs.chromium.org/p/chromium/issues/detail?id=1234567 :\n// Chrome drops the `Content-Disposition` filename* param when it contains `;`",
]
DS_FN = [("chunk", "items, size", "Split ``items`` into lists of at most ``size`` elements.", "chunk([1, 2, 3, 4, 5], 2)", "[[1, 2], [3, 4], [5]]"),
         ("slugify", "text", "Lower-case ``text`` and replace non-alphanumerics with ``-``.", "slugify('Hello, World!')", "'hello-world'"),
         ("parse_size", "s", "Parse human sizes like ``'10MB'`` or ``'1.5 GiB'`` into bytes.", "parse_size('2KiB')", "2048"),
         ("clamp", "x, lo, hi", "Clamp ``x`` into the closed interval [lo, hi].", "clamp(15, 0, 10)", "10"),
         ("dedupe", "seq", "Remove duplicates from ``seq`` while preserving order.", "dedupe('abracadabra')", "['a', 'b', 'r', 'c', 'd']"),
         ("strip_ansi", "s", "Remove ANSI colour escape sequences such as ``\\x1b[31m``.", "strip_ansi('\\x1b[1mbold\\x1b[0m')", "'bold'"),
         ("split_path", "p", "Split a POSIX path into its components.", "split_path('/usr/local/bin/python3')", "['usr', 'local', 'bin', 'python3']"),
         ("human_delta", "seconds", "Format a duration for humans.", "human_delta(3725)", "'1h 2m 5s'"),
         ("mask_email", "addr", "Hide most of the local part of an e-mail address.", "mask_email('jane.doe@example.com')", "'j*******@example.com'"),
         ("is_valid_ipv4", "s", "Return True if ``s`` is a dotted-quad IPv4 address.", "is_valid_ipv4('192.168.0.256')", "False"),
         ("quote_ident", "name", "Quote an SQL identifier by doubling embedded double quotes.", "quote_ident('weird\"name')", "'\"weird\"\"name\"'"),
         ("word_count", "text", "Count words, treating hyphenated words as one.", "word_count(\"it's a well-known fact\")", "4")]
JS_FN = [("retry", "fn, attempts", "Call `fn` until it resolves or `attempts` runs out.", "await retry(() => fetch(url), 3)"),
         ("groupBy", "arr, key", "Group array elements by `key`.", "groupBy([{t:'a'},{t:'b'},{t:'a'}], 't')"),
         ("pick", "obj, keys", "Return a shallow copy of `obj` with only `keys`.", "pick({a:1,b:2,c:3}, ['a','c']) // {a:1,c:3}"),
         ("escapeRegExp", "str", "Escape characters with special meaning in RegExp.", "escapeRegExp('a.b*c') // 'a\\\\.b\\\\*c'"),
         ("sleep", "ms", "Resolve after `ms` milliseconds.", "await sleep(250)"),
         ("toQuery", "params", "Serialize an object into a query string.", "toQuery({q: 'red shoes', page: 2}) // 'q=red%20shoes&page=2'")]


def gen_docstring():
    style = R.randint(0, 3)
    if style == 0:
        name, args, desc, ex, out = pick(DS_FN)
        return 'def %s(%s):\n    """%s\n\n    >>> %s\n    %s\n    """' % (name, args, desc, ex, out)
    if style == 1:
        name, args, desc, ex = pick(JS_FN)
        ps = "\n".join(" * @param {*} %s" % a.strip() for a in args.split(","))
        return "/**\n * %s\n *\n%s\n * @example\n * %s\n */\nexport function %s(%s) {" % (desc, ps, ex, name, args)
    if style == 2:
        name, args, desc, ex, out = pick(DS_FN)
        go = "".join(w.capitalize() for w in name.split("_"))
        return "// %s %s\n//\n// Example:\n//\n//\t%s(%s) // %s" % (go, desc.replace("``", "`").lower(), go,
                                                                  ex.split("(", 1)[1].rstrip(")"), out)
    name, args, desc, ex, out = pick(DS_FN)
    return "/// %s\n///\n/// ```\n/// assert_eq!(%s, %s);\n/// ```" % (desc.replace("``", "`"), ex.replace("'", '"'), out.replace("'", '"'))


# ---------------------------------------------------------------------------
# manpages-help
# ---------------------------------------------------------------------------
MH_HAND = [
    "NAME\n       grep, egrep, fgrep - print lines that match patterns\n\nSYNOPSIS\n       grep [OPTION...] PATTERNS [FILE...]\n       grep [OPTION...] -e PATTERNS ... [FILE...]\n\nDESCRIPTION\n       grep searches for PATTERNS in each FILE. A FILE of \"-\" stands for standard input.",
    "Usage: tar [OPTION...] [FILE]...\nExamples:\n  tar -cf archive.tar foo bar  # Create archive.tar from files foo and bar.\n  tar -tvf archive.tar         # List all files in archive.tar verbosely.\n  tar -xf archive.tar          # Extract all files from archive.tar.",
    "   -exec command ;\n          Execute command; true if 0 status is returned. All following arguments to find are taken to be arguments to the command until an argument consisting of `;' is encountered. The string `{}' is replaced by the current file name being processed.",
    "## Usage\n\n```sh\n# install\ncurl -fsSL https://example.com/install.sh | sh\n\n# or with cargo\ncargo install ripscan\n\nripscan --path ./src --ignore 'target/**' > report.txt\n```",
    "ENVIRONMENT\n       HOME   The current user's home directory.\n       PAGER  Program used to display output, default less -R.\n       NO_COLOR\n              If set (to any value), disables colour output.",
    "usage: git log [<options>] [<revision-range>] [[--] <path>...]\n   or: git show [<options>] <object>...\n\n    -q, --quiet           suppress diff output\n    --source              show source\n    --decorate[=...]      decorate options",
    "EXAMPLES\n       Remove all .pyc files below the current directory:\n\n              find . -name '*.pyc' -type f -delete\n\n       Count lines in all C files, handling odd names:\n\n              find src -name '*.c' -print0 | xargs -0 wc -l",
    "rsync -avz --delete --exclude='.git/' ./site/ deploy@web01:/var/www/site/\n\n    -a  archive mode; equals -rlptgoD\n    -z  compress file data during the transfer\n    --delete  delete extraneous files from dest dirs (careful!)",
    "SYNOPSIS\n       sudo -u user [-E] command\n\nOPTIONS\n       -E, --preserve-env\n              Indicates to the security policy that the user wishes to preserve their existing environment variables.",
    "Usage: docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image\n\nOptions:\n  -d, --detach            Run container in background and print container ID\n  -e, --env list          Set environment variables\n  -p, --publish list      Publish a container's port(s) to the host\n  -v, --volume list       Bind mount a volume\n      --rm                Automatically remove the container when it exits",
    "REDIRECTION\n       Before a command is executed, its input and output may be redirected using a special notation interpreted by the shell.\n\n              ls > dirlist 2>&1\n\n       directs both standard output and standard error to the file dirlist, while\n\n              ls 2>&1 > dirlist\n\n       directs only the standard output to file dirlist.",
    "curl(1)\n\n  -d, --data <data>\n         (HTTP MQTT) Sends the specified data in a POST request to the HTTP server.\n\n         Example:\n          curl -d \"name=curl\" -d \"tool=cmdline\" https://example.com\n\n         If you start the data with the letter @, the rest should be a file name to read the data from.",
    "xargs -I{} sh -c 'echo processing {}; gzip -9 \"{}\"'\n\n       -I replace-str\n              Replace occurrences of replace-str in the initial-arguments with names read from standard input.",
    "Usage: psql [OPTION]... [DBNAME [USERNAME]]\n\nGeneral options:\n  -c, --command=COMMAND    run only single command (SQL or internal) and exit\n  -f, --file=FILENAME      execute commands from file, then exit\n  -l, --list               list available databases, then exit\n\nExample: psql -c \"SELECT count(*) FROM pg_stat_activity;\" postgres",
    "chmod [OPTION]... MODE[,MODE]... FILE...\n\n  Each MODE is of the form '[ugoa]*([-+=]([rwxXst]*|[ugo]))+|[-+=][0-7]+'.\n\n  chmod -R u+rwX,go-w ~/project",
    "Usage: ffmpeg [options] [[infile options] -i infile]... {[outfile options] outfile}...\n\n  ffmpeg -i input.mov -vf \"scale=1280:-2\" -c:v libx264 -crf 23 -preset slow out.mp4",
    "## CLI\n\n| Flag | Default | Description |\n|------|---------|-------------|\n| `--port` | `8080` | port to listen on |\n| `--db` | `sqlite:///app.db` | database URL |\n| `--log-level` | `info` | one of debug, info, warn, error |",
    "  -i[SUFFIX], --in-place[=SUFFIX]\n         edit files in place (makes backup if SUFFIX supplied)\n\n  Example:  sed -i.bak 's/foo/bar/g; /^#/d' config.ini",
    "awk -F: '$3 >= 1000 && $7 !~ /nologin/ {print $1, $6}' /etc/passwd\n\n  Prints the login name and home directory of regular users.",
    "Get-Help Get-ChildItem -Examples\n\nExample 3: Get child items recursively\n    Get-ChildItem -Path C:\\Test\\*.txt -Recurse -Force",
    "CRONTAB(5)\n\n       # m h  dom mon dow   command\n       */15 * * * *  /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n       0 3 * * 0     find /tmp -type f -mtime +7 -delete",
    "SSH_AUTH_SOCK\n      Identifies the path of a UNIX-domain socket used to communicate with the agent.\n\n  ssh -J bastion.example.com -L 5432:db.internal:5432 admin@10.0.3.7",
    "kill [-s sigspec | -n signum | -sigspec] pid | jobspec ...\n    Send a signal to a job.  e.g.  kill -9 1234   or   kill -TERM %1",
    "Usage: npm run <script> [-- <args>]\n\n  npm run test -- --coverage --watch=false",
    "DESCRIPTION\n     The tee utility copies standard input to standard output, making a copy in zero or more files.\n\n     sudo tee /etc/apt/sources.list.d/x.list <<< 'deb [signed-by=/usr/share/keyrings/x.gpg] https://pkg.example.com stable main'",
    "Usage:\n  jq [OPTIONS] FILTER [FILES...]\n\n  Example:\n    $ echo '{\"foo\": 0}' | jq .\n    {\n      \"foo\": 0\n    }\n    $ curl -s https://api.github.com/repos/jqlang/jq | jq '.stargazers_count'",
    "robocopy C:\\Source D:\\Backup /MIR /R:2 /W:5 /LOG:C:\\logs\\backup.txt\n\n  /MIR :: MIRror a directory tree (equivalent to /E plus /PURGE).",
    "OPTIONS\n       -r, --recursive\n              Read all files under each directory, recursively.\n       --exclude-dir=GLOB\n              Skip any command-line directory with a name suffix that matches the pattern GLOB.\n\n       grep -rn --exclude-dir={node_modules,.git} 'TODO' .",
]
MH_TOOLS = ["syncit", "logtail", "imgshrink", "dbdump", "kvctl", "notesctl", "pkgaudit", "tzconv", "mdlint", "rotator"]
MH_FLAGS = [("-h, --help", "show this help message and exit"), ("-v, --verbose", "increase verbosity (repeat for more: -vvv)"),
            ("-q, --quiet", "only print errors"), ("-o, --output FILE", "write output to FILE instead of stdout ('-' for stdout)"),
            ("-c, --config PATH", "config file (default: ~/.config/{t}/config.toml)"), ("--dry-run", "show what would be done, change nothing"),
            ("-n, --limit N", "stop after N items (default: 100)"), ("--since DATE", "only include entries newer than DATE (e.g. 2024-01-31, 3d)"),
            ("--exclude GLOB", "skip paths matching GLOB; may be repeated"), ("-j, --jobs N", "run N jobs in parallel (default: nproc)"),
            ("--format {json,csv,table}", "output format"), ("--no-color", "disable ANSI colours (also honours $NO_COLOR)"),
            ("-f, --force", "overwrite existing files"), ("--timeout SECONDS", "network timeout, 0 disables"),
            ("-e, --env KEY=VALUE", "set an environment variable for the child process"), ("--", "end of options; remaining args are passed through")]
MH_CMDS = ["%s --since 7d --format csv > last_week.csv", "%s -vv --dry-run --exclude '*.bak' ./data",
           "cat urls.txt | %s -j 4 -o results.json", "%s --config /etc/%s/prod.toml 2>>/var/log/%s.err",
           "%s -n 10 | sort -k2 -nr | head", "find . -name '*.png' -exec %s -f {} +", "%s -e TZ=UTC -- ./run.sh --flag",
           "NO_COLOR=1 %s --format table | less -S"]


def gen_help():
    t = pick(MH_TOOLS)
    flags = picks(MH_FLAGS, R.randint(3, 7))
    lines = ["usage: %s [OPTIONS] %s" % (t, pick(["PATH...", "[FILE]", "COMMAND [ARGS]...", "SOURCE DEST", ""]))]
    if R.random() < 0.6:
        lines.append("")
        lines.append(pick(["Synchronise files between two directories.", "Tail and filter structured logs.",
                           "Shrink images in place.", "Dump a database to newline-delimited JSON.", "Query a key/value store.",
                           "Audit installed packages for known problems.", "Convert times between zones."]))
    lines.append("")
    lines.append("options:")
    for a, b in flags:
        lines.append("  %-26s %s" % (a, b.format(t=t)))
    if R.random() < 0.7:
        lines.append("")
        lines.append("examples:")
        for c in picks(MH_CMDS, R.randint(1, 3)):
            lines.append("  $ " + c.replace("%s", t))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# search-queries
# ---------------------------------------------------------------------------
SQ_HAND = [
    "grep recursive exclude dir", "select distinct on postgres", "how to undo git reset --hard", "<div> center css",
    "sudo apt install fails", "C:\\Users folder missing", "cat food 2kg", "python remove duplicates from list keep order",
    "js array includes vs indexOf", "docker compose env_file not working", "rm -rf node_modules windows",
    "what does 2>&1 mean", "mysql update join syntax", "sql left join where null", "how to escape single quote in sql",
    "bash for loop over files with spaces", "nginx proxy_pass trailing slash", "iphone 15 case", "best running shoes flat feet",
    "cheap flights lisbon may", "weather berlin tomorrow", "recette crêpes sans lait", "레시피 김치찌개",
    "東京 ラーメン おすすめ", "كيف اتعلم البرمجة", "как удалить страницу вконтакте", "kubectl get pods all namespaces",
    "regex match email", "python f-string escape curly braces", "<script> tag defer vs async", "html <select> default option",
    "chmod 777 bad?", "how to kill process on port 3000", "ls -la explained", "what is /etc/hosts", "../ relative path meaning",
    "excel =VLOOKUP not working", "sony wh-1000xm5 vs bose qc ultra", "lego 42115", "\"exact phrase\" search google",
    "union vs union all performance", "drop table if exists sqlite", "git checkout -- file", "powershell get-childitem recurse",
    "cmd.exe set path permanently", "ssh permission denied (publickey)", "java string.format %s", "react useeffect runs twice",
    "onclick not firing react", "alert() not showing chrome", "css :hover not working on mobile", "where clause vs having",
    "how to cancel amazon prime", "pizza near me open now", "mortgage calculator 30 year", "dog ate chocolate what to do",
    "Windows 11 24H2 update stuck at 35%", "usb-c hub 4k 60hz", "what's my ip", "1 cup in grams flour", "€ to $ today",
    "jq select where key equals", "awk print last column", "sed replace newline", "find files larger than 1gb linux",
    "ORA-01756 quoted string not properly terminated", "error 1045 access denied for user 'root'@'localhost'",
    "template literal vs string concatenation", "jinja2 for loop index", "{{ }} in vue not rendering", "php echo vs print",
    "curl post json example", "wget recursive download", "tar.gz extract to folder", "Mac mini M4 16GB 512GB",
    "taylor swift tickets", "harry potter audiobook", "bilety kolejowe kraków warszawa", "günstige Waschmaschine 8kg",
    "sneakers 44.5", "Airpods pro 2 USB C", "zsh: command not found: python", "bash: ./script.sh: Permission denied",
    "how to write a cover letter", "tiramisu recipe no eggs", "is it safe to run curl | sh", "what is sql injection",
    "xss example for beginners", "path traversal explained", "OR 1=1 meaning", "git log --oneline --graph",
    "select * from information_schema.tables mysql", "windows \\\\server\\share map drive", "/var/log/syslog full",
    "apartment for rent 2 bedroom pet friendly", "Nike Air Max 90 size 10", "how long to boil an egg",
    "nano vs vim", "vs code keyboard shortcuts mac", "python3 -m venv .venv activate windows",
]

# ---------------------------------------------------------------------------
# paths-files
# ---------------------------------------------------------------------------
PF_WORDS = ["report", "invoice", "photo", "scan", "contract", "notes", "backup", "export", "draft", "presentation", "budget", "cv", "logo", "screenshot"]
PF_EXT = ["pdf", "docx", "xlsx", "png", "jpg", "jpeg", "csv", "txt", "zip", "tar.gz", "mp4", "heic", "svg", "json", "md", "pptx"]
PF_REPO = ["src/app/main.py", "docs/readme.md", "src/components/Header/Header.tsx", "cmd/api/main.go", "lib/tasks/cleanup.rake",
           "internal/auth/jwt_test.go", "packages/ui/src/index.ts", "tests/fixtures/users.json", ".github/workflows/release.yml",
           "app/src/main/java/com/acme/shop/MainActivity.java", "crates/core/src/lib.rs", "infra/terraform/modules/vpc/main.tf",
           "charts/api/templates/deployment.yaml", "scripts/migrate_db.sh", "public/favicon.ico", "config/locales/pt-BR.yml",
           "spec/requests/orders_spec.rb", "notebooks/2024-03 churn analysis.ipynb", "web/static/css/site.min.css", "Makefile",
           "docs/adr/0007-use-postgres.md", "src/__tests__/utils.test.js", "migrations/versions/3f2a1c_add_orders.py"]
PF_MDREL = ["../assets/logo.svg", "./images/architecture.png", "../README.md#installation", "../../docs/api/index.md",
            "./diagrams/flow.drawio.svg", "../CHANGELOG.md", "../../LICENSE", "./screenshots/dark-mode.png", "../guides/getting-started.md#prerequisites"]
PF_WIN = ["C:\\Program Files\\Git\\bin\\bash.exe", "D:\\Projekte\\2024\\Angebot_M\u00fcller.docx", "C:\\Users\\jsmith\\Downloads\\setup (1).exe",
          "C:\\Users\\Public\\Documents\\Shared Budget 2024.xlsx", "\\\\fileserver01\\marketing\\campaigns\\spring\\banner.psd",
          "E:\\DCIM\\100CANON\\IMG_4411.CR2", "C:\\ProgramData\\MyApp\\logs\\app-2024-03-11.log", "%APPDATA%\\Code\\User\\settings.json",
          "C:\\dev\\api\\node_modules\\.bin\\tsc.cmd", "Z:\\Archiv\\Steuer\\2023\\Belege.zip"]
PF_HOSTS = ["shop.example.com", "www.example.org", "docs.example.net", "api.example.com", "cdn.example-static.com", "maps.example.com"]
PF_DOCKER = ["ghcr.io/acme/api:1.14.2-alpine", "nginx:1.25", "postgres:16", "redis:7.2-alpine", "python:3.12-slim-bookworm",
             "registry.gitlab.com/team/web/frontend:main-4f2a9c1", "mcr.microsoft.com/dotnet/aspnet:8.0", "quay.io/prometheus/node-exporter:v1.7.0",
             "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-worker:2024.03.11"]
PF_NPM = ["@types/node@^20.11.0", "lodash@4.17.21", "react-dom@18.2.0", "@angular/core@~17.2.0", "typescript@>=5.3 <6",
          "git+https://github.com/acme/utils.git#v2.1.0", "file:../shared", "left-pad@latest", "@scope/pkg@npm:other-pkg@1.0.0", "esbuild@0.20.x"]
PF_REFS = ["refs/heads/feature/login-rate-limit", "origin/release/2.3", "refs/tags/v1.0.0-rc.2", "HEAD~3", "main..feature/x",
           "refs/pull/1432/head", "fix/issue-881-windows-paths", "dependabot/npm_and_yarn/frontend/axios-1.6.7", "v3.2.0^{}"]
PF_NAMES = ["Rechnung M\u00e4rz 2024 (Kopie).pdf", "r\u00e9sum\u00e9_final_v3.docx", "Q3 report - FINAL (2).xlsx", "IMG_20240312_184501.jpg",
            "\u5199\u771f 2024-05-03.png", "\u0641\u0627\u062a\u0648\u0631\u0629-\u0661\u0662.pdf", "my notes (draft) [old].txt",
            "Screenshot 2024-02-29 at 10.41.07.png", "team_photo #3.heic", "budget_2024 & 2025.xlsx", "John's CV.pdf",
            "\u0441\u043f\u0440\u0430\u0432\u043a\u0430_\u043e\u0431_\u0434\u043e\u0445\u043e\u0434\u0430\u0445.pdf", ".env.example", "archive.tar.gz",
            "data-export-2024-03-11T10_22_31Z.csv", "WhatsApp Image 2024-01-14 at 21.03.55.jpeg", "song - artist feat. other (remix).mp3",
            "100% organic.txt", "plan_v2;final.docx", "Untitled-1.ai"]


def gen_path():
    k = R.randint(0, 12)
    if k == 0:
        return "%s_%s%s.%s" % (pick(PF_WORDS), pick(["2023", "2024", "Q1", "final", "v2", "jan"]),
                               pick(["", "_signed", " (1)", "-copy", "_EN"]), pick(PF_EXT))
    if k == 1:
        return pick(PF_REPO)
    if k == 2:
        return "[%s](%s)" % (pick(["logo", "see the install guide", "architecture", "changelog", "License"]), pick(PF_MDREL)) \
            if R.random() < 0.5 else pick(PF_MDREL)
    if k == 3:
        return "s3://%s/%s/%04d/%02d/%02d/%s" % (pick(["acme-logs", "prod-backups", "media-uploads-eu", "data-lake-raw"]),
                                                 pick(["app", "nginx", "events", "exports"]), R.choice([2023, 2024]),
                                                 R.randint(1, 12), R.randint(1, 28),
                                                 pick(["part-00000.parquet", "app-01.log.gz", "dump.sql.gz", "users.csv", "thumb_640.webp"]))
    if k == 4:
        return pick(PF_WIN)
    if k == 5:
        h = pick(PF_HOSTS)
        q = pick(["search?q=red+shoes&size=42&sort=price_asc", "products/12345?ref=newsletter&utm_source=email&utm_medium=cpc",
                  "v1/items?page=2&per_page=50&fields=id,name,price", "en/docs/getting-started#install",
                  "maps?ll=48.8584,2.2945&z=17", "s?k=usb+c+cable&i=electronics", "blog/2024/03/why-we-moved-to-postgres/",
                  "login?next=%2Faccount%2Forders", "download/app-2.4.1-x86_64.AppImage", "?lang=de&currency=EUR"])
        return "https://%s/%s" % (h, q)
    if k == 6:
        return pick(PF_DOCKER) if R.random() < 0.8 else "%s@sha256:%s" % (pick(PF_DOCKER).split(":")[0], hashlib.sha256(str(R.random()).encode()).hexdigest())
    if k == 7:
        return pick(PF_NPM)
    if k == 8:
        return pick(PF_REFS)
    if k == 9:
        return pick(PF_NAMES)
    if k == 10:
        return "/home/%s/%s" % (pick(["alice", "dev", "ubuntu", "mkowalski"]), pick(
            ["projects/site/index.html", ".config/nvim/init.lua", "Downloads/ubuntu-24.04-desktop-amd64.iso",
             "photos/2023/ski trip/DSC_0012.JPG", ".ssh/config", "work/notes.md", ".local/share/fonts/FiraCode.ttf"]))
    if k == 11:
        return "gs://%s/%s" % (pick(["ml-datasets-bucket", "acme-static"]), pick(["images/train/cat_001.jpg", "models/v3/config.json", "public/index.html"]))
    return "%s:%s" % (pick(["github.com/acme/api", "gitlab.com/team/infra"]), pick(["blob/main/README.md", "tree/v2.0.0/examples", "raw/HEAD/install.sh"]))


# ---------------------------------------------------------------------------
# prose (multilingual)
# ---------------------------------------------------------------------------
PR_HAND = [
    "Honestly the best pizza I've had outside Naples. Crust was perfect, a bit salty but I'm not complaining \U0001F355\U0001F355 Will be back!",
    "Ordered on the 3rd, still hasn't arrived (it's the 19th today). Tracking says \"in transit\" since last Tuesday. Can someone PLEASE check?? Order #A-55120",
    "Hi, I can't log in anymore. It says \"password incorrect\" but I just reset it twice. I'm using the app on my iPad. Thanks, Margaret",
    "Great little kettle. Boils 1.7L in about 4 minutes, auto shut-off works. Only 4 stars because the lid's a bit stiff.",
    "We're running 10 mins late, save us a table? \U0001F64F",
    "Recipe: 200g flour, 2 eggs, 300ml milk, pinch of salt. Whisk, rest 30 min, fry in a hot pan with a little butter. Makes ~8 pancakes.",
    "Day 3 in Kyoto: Fushimi Inari at 6am (no crowds!!), then Nishiki market. Spent way too much on matcha everything. \u00a5 is so weak right now it's dangerous.",
    "The product is OK but \"waterproof\" is a stretch -- it's splash resistant at best. Returned it.",
    "Could you tell me whether the 14:05 train to Leeds stops at York? The website's timetable won't load on my phone.",
    "5/5 would recommend. Shipping took 2 days, packaging was 100% plastic-free \u267b\ufe0f",
    "I've been a customer for 12 years and this is the first time I'm writing a complaint. The new app update deleted all my saved addresses.",
    "Happy birthday Grandma!!! \U0001F382\U0001F388 Love you to the moon & back xoxo",
    "The hotel was fine, but the 'sea view' was a view of the car park with a tiny bit of sea if you leaned out the window :/",
    "Price dropped from $49.99 to $34.99 the day after I bought it... any chance of a partial refund?",
    "Meeting moved to Thu 2:30pm (room 4B). Bring the Q2 numbers please.",
    "Me encant\u00f3 el restaurante, la paella estaba riqu\u00edsima y el servicio fue muy amable. \u00a1Volveremos seguro!",
    "El pedido lleg\u00f3 incompleto: faltan dos camisetas (talla M). \u00bfC\u00f3mo puedo solicitar el reembolso?",
    "Tr\u00e8s bon s\u00e9jour, l'h\u00f4tel \u00e9tait propre et bien situ\u00e9. Petit bémol : le petit-d\u00e9jeuner \u00e0 18 \u20ac, c'est un peu cher.",
    "Bonjour, je n'arrive pas \u00e0 t\u00e9l\u00e9charger ma facture du mois d'avril. Pouvez-vous me l'envoyer par e-mail ? Merci d'avance.",
    "Die Lieferung kam p\u00fcnktlich, aber die Verpackung war besch\u00e4digt. Der Inhalt ist zum Gl\u00fcck heil geblieben. 4 von 5 Sternen.",
    "K\u00f6nnen Sie mir sagen, ob das Ger\u00e4t auch mit 110 V funktioniert? Wir ziehen n\u00e4chstes Jahr in die USA.",
    "Adorei o produto! Chegou antes do prazo e a qualidade \u00e9 \u00f3tima. S\u00f3 achei o frete um pouco caro (R$ 39,90).",
    "Ciao, vorrei cambiare la prenotazione dal 12 al 14 luglio, \u00e8 possibile? Grazie mille, Giulia",
    "Pizza buonissima ma l'attesa \u00e8 stata lunghissima: quasi un'ora per due margherite \U0001F605",
    "Zam\u00f3wienie dosz\u0142o szybko, ale rozmiar jest za ma\u0142y. Jak mog\u0119 wymieni\u0107 na L?",
    "\u041e\u0442\u043b\u0438\u0447\u043d\u044b\u0439 \u043c\u0430\u0433\u0430\u0437\u0438\u043d, \u0431\u044b\u0441\u0442\u0440\u0430\u044f \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0430! \u0422\u043e\u043b\u044c\u043a\u043e \u043a\u043e\u0440\u043e\u0431\u043a\u0430 \u0431\u044b\u043b\u0430 \u043d\u0435\u043c\u043d\u043e\u0433\u043e \u043f\u043e\u043c\u044f\u0442\u0430\u044f.",
    "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435! \u041f\u043e\u0434\u0441\u043a\u0430\u0436\u0438\u0442\u0435, \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430, \u043a\u043e\u0433\u0434\u0430 \u0431\u0443\u0434\u0435\u0442 \u0432 \u043d\u0430\u043b\u0438\u0447\u0438\u0438 \u0440\u0430\u0437\u043c\u0435\u0440 42?",
    "\u0627\u0644\u0645\u0646\u062a\u062c \u0645\u0645\u062a\u0627\u0632 \u0648\u0627\u0644\u062a\u0648\u0635\u064a\u0644 \u0643\u0627\u0646 \u0633\u0631\u064a\u0639\u064b\u0627 \u062c\u062f\u064b\u0627\u060c \u0634\u0643\u0631\u064b\u0627 \u0644\u0643\u0645! \u0633\u0623\u0637\u0644\u0628 \u0645\u0631\u0629 \u0623\u062e\u0631\u0649 \u0628\u0627\u0644\u062a\u0623\u0643\u064a\u062f.",
    "\u0645\u0631\u062d\u0628\u0627\u060c \u0644\u0645 \u064a\u0635\u0644\u0646\u064a \u0631\u0645\u0632 \u0627\u0644\u062a\u062d\u0642\u0642 \u0639\u0644\u0649 \u0647\u0627\u062a\u0641\u064a (\u0660\u0665\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667). \u0647\u0644 \u064a\u0645\u0643\u0646\u0643\u0645 \u0627\u0644\u0645\u0633\u0627\u0639\u062f\u0629\u061f",
    "\u05d4\u05de\u05e1\u05e2\u05d3\u05d4 \u05d4\u05d9\u05d9\u05ea\u05d4 \u05de\u05e2\u05d5\u05dc\u05d4! \u05d4\u05de\u05dc\u05e6\u05e8 \u05d4\u05d9\u05d4 \u05e0\u05d7\u05de\u05d3 \u05d5\u05d4\u05d0\u05d5\u05db\u05dc \u05d4\u05d2\u05d9\u05e2 \u05de\u05d4\u05e8. \u05e0\u05d7\u05d6\u05d5\u05e8 \u05d1\u05d8\u05d5\u05d7 \U0001F44D",
    "\u05e9\u05dc\u05d5\u05dd, \u05d0\u05e0\u05d9 \u05de\u05e0\u05e1\u05d4 \u05dc\u05d1\u05d8\u05dc \u05d0\u05ea \u05d4\u05de\u05e0\u05d5\u05d9 \u05d0\u05d1\u05dc \u05d4\u05db\u05e4\u05ea\u05d5\u05e8 \u05dc\u05d0 \u05e2\u05d5\u05d1\u05d3. \u05ea\u05d5\u05d3\u05d4!",
    "\u0633\u0644\u0627\u0645\u060c \u0633\u0641\u0627\u0631\u0634 \u0645\u0646 \u0647\u0646\u0648\u0632 \u0627\u0631\u0633\u0627\u0644 \u0646\u0634\u062f\u0647. \u0644\u0637\u0641\u0627\u064b \u0628\u0631\u0631\u0633\u06cc \u06a9\u0646\u06cc\u062f. \u0645\u0645\u0646\u0648\u0646",
    "\u8fd9\u5bb6\u5e97\u7684\u5c0f\u7b3c\u5305\u771f\u7684\u5f88\u597d\u5403\uff0c\u4ef7\u683c\u4e5f\u5408\u7406\uff08\u4eba\u5747\u00a580\u5de6\u53f3\uff09\u3002\u5c31\u662f\u5468\u672b\u6392\u961f\u592a\u4e45\u4e86\uff0c\u5efa\u8bae\u5de5\u4f5c\u65e5\u53bb\u3002",
    "\u4f60\u597d\uff0c\u6211\u7684\u8ba2\u5355\u663e\u793a\u5df2\u7b7e\u6536\uff0c\u4f46\u6211\u6ca1\u6709\u6536\u5230\u5305\u88f9\u3002\u8bf7\u5e2e\u5fd9\u67e5\u4e00\u4e0b\uff0c\u8c22\u8c22\uff01",
    "\u5546\u54c1\u306f\u671f\u5f85\u901a\u308a\u3067\u3057\u305f\u3002\u68b1\u5305\u3082\u4e01\u5be7\u3067\u3001\u307e\u305f\u5229\u7528\u3057\u305f\u3044\u3068\u601d\u3044\u307e\u3059\u3002\u661f5\u3064\u2605\u2605\u2605\u2605\u2605",
    "\u660e\u65e5\u306e\u4f1a\u8b70\u300110\u6642\u304b\u3089\u306b\u5909\u66f4\u3067\u304d\u307e\u3059\u304b\uff1f\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3057\u307e\u3059\u3002",
    "\ubc30\uc1a1\uc774 \uc815\ub9d0 \ube68\ub790\uc5b4\uc694! \ud3ec\uc7a5\ub3c4 \uaf3c\uaf3c\ud558\uace0 \uc81c\ud488\ub3c4 \uc0ac\uc9c4\uc774\ub791 \ub611\uac19\uc544\uc694. \uac15\ucd94\ud569\ub2c8\ub2e4 \U0001F44D",
    "\u0916\u093e\u0928\u093e \u092c\u0939\u0941\u0924 \u0938\u094d\u0935\u093e\u0926\u093f\u0937\u094d\u091f \u0925\u093e, \u0932\u0947\u0915\u093f\u0928 \u0921\u093f\u0932\u0940\u0935\u0930\u0940 \u092e\u0947\u0902 45 \u092e\u093f\u0928\u091f \u0932\u0917 \u0917\u090f\u0964 \u0905\u0917\u0932\u0940 \u092c\u093e\u0930 \u091c\u0932\u094d\u0926\u0940 \u092d\u0947\u091c\u093f\u090f\u0917\u093e!",
    "\u00dcr\u00fcn \u00e7ok g\u00fczel ama kargo biraz ge\u00e7 geldi. Yine de tavsiye ederim, fiyat\u0131na g\u00f6re kaliteli.",
    "\u03a0\u03bf\u03bb\u03cd \u03c9\u03c1\u03b1\u03af\u03bf \u03be\u03b5\u03bd\u03bf\u03b4\u03bf\u03c7\u03b5\u03af\u03bf, \u03b7 \u03b8\u03ad\u03b1 \u03b1\u03c0\u03cc \u03c4\u03bf \u03bc\u03c0\u03b1\u03bb\u03ba\u03cc\u03bd\u03b9 \u03ae\u03c4\u03b1\u03bd \u03b1\u03c0\u03af\u03b8\u03b1\u03bd\u03b7!",
    "S\u1ea3n ph\u1ea9m r\u1ea5t t\u1ed1t, giao h\u00e0ng nhanh. T\u00f4i s\u1ebd mua l\u1ea1i l\u1ea7n sau!",
    "\u0e2d\u0e32\u0e2b\u0e32\u0e23\u0e2d\u0e23\u0e48\u0e2d\u0e22\u0e21\u0e32\u0e01 \u0e1e\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23\u0e14\u0e35 \u0e41\u0e15\u0e48\u0e17\u0e35\u0e48\u0e08\u0e2d\u0e14\u0e23\u0e16\u0e19\u0e49\u0e2d\u0e22\u0e44\u0e1b\u0e2b\u0e19\u0e48\u0e2d\u0e22",
    "Het pakket is beschadigd aangekomen. Kunnen jullie een nieuwe sturen? Bestelnummer 88213.",
    "Fantastisk utsikt fr\u00e5n rummet, men frukosten var lite tr\u00e5kig. 7/10.",
    "\u0414\u044f\u043a\u0443\u044e \u0437\u0430 \u0448\u0432\u0438\u0434\u043a\u0443 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0443! \u0423\u0441\u0435 \u043f\u0440\u0438\u0439\u0448\u043b\u043e \u0432 \u0446\u0456\u043b\u043e\u0441\u0442\u0456.",
    "my son (8) loves this game but the \"in-app purchases\" are sneaky... he spent \u00a312.99 before I noticed. please add a parental lock.",
    "Dear team,\n\nI'd like to cancel my subscription effective end of this month (31/05). My account e-mail is t.nguyen@example.com.\n\nKind regards,\nThanh",
    "Just finished the book. Without spoilers: the last 50 pages are WILD. 9/10, minus one point for the dragging middle part.",
    "idk if anyone else has this problem but the printer only prints half the page?? tried turning it off and on, no luck",
    "Can't believe it's already December. Mulled wine at the Christmas market tonight, who's in? \U0001F377\U0001F384",
    "The \"Buy now\" button does nothing on my phone (Samsung, Chrome). On the laptop it works fine.",
    "Bought 3 for the price of 2 -- total came to \u20ac27.80 instead of \u20ac41.70. Good deal!",
    "P.S. don't forget the kids' dentist appointment at 4:15, it's on Elm St. now, not Oak Ave.",
    "Room 212 AC is making a loud noise since yesterday night & we couldn't sleep. Could someone come take a look?",
    "Tried the \"easy\" 10-minute recipe. Took 45 minutes and I set off the smoke alarm. Tasted good though \U0001F602",
    "Lovely walk along the river: 8.4 km, 2h10, saw a heron and about a hundred ducks.",
    "Is the 'gluten-free' bread made in a separate kitchen? My daughter has coeliac disease, even traces are a problem.",
    "Thanks for fixing the issue so quickly, Tom! You're a star \u2b50",
    "Hi! Quick Q: does the 50% off apply to items already on sale, or just full-price ones?",
    "Warning to other buyers: size chart is off by one. I'm normally an M, needed an L.",
    "Just moved into my new flat \U0001F3E0 -- anyone know a good plumber in the area? The kitchen tap drips non-stop.",
    "We had our wedding reception here last Saturday & everything was perfect. Special thanks to Ana and the kitchen crew!!",
    "Kind of disappointed. The photos online make it look twice as big. It's tiny. Like, mug-sized.",
    "Flight delayed 3h, missed my connection in Frankfurt, rebooked for tomorrow 07:40. Fun times \u2708\ufe0f\U0001F62B",
    "Note to self: buy milk, eggs, 2x bin bags, birthday card for Sam, return library books (due Fri!)",
    "\u00bfAlguien sabe si el museo abre los lunes? En Google dice que s\u00ed pero en su web que no \U0001F914",
    "Cuisson parfaite, saveurs incroyables. Le chef nous a m\u00eame offert le dessert \U0001F370 Merci !",
    "\u041c\u0435\u043d\u0435\u0434\u0436\u0435\u0440 \u043f\u0435\u0440\u0435\u0437\u0432\u043e\u043d\u0438\u043b \u0447\u0435\u0440\u0435\u0437 5 \u043c\u0438\u043d\u0443\u0442, \u0432\u0441\u0451 \u0440\u0435\u0448\u0438\u043b\u0438. \u0421\u043f\u0430\u0441\u0438\u0431\u043e!",
    "\u304a\u3059\u3059\u3081\u306e\u30ab\u30d5\u30a7\u3092\u6559\u3048\u3066\u304f\u3060\u3055\u3044\u3002\u99c5\u304b\u3089\u6b69\u3044\u306610\u5206\u4ee5\u5185\u3060\u3068\u52a9\u304b\u308a\u307e\u3059\u3002",
    "\uc8c4\uc1a1\ud558\uc9c0\ub9cc \uc8fc\ubb38\uc744 \ucde8\uc18c\ud558\uace0 \uc2f6\uc2b5\ub2c8\ub2e4. \ud658\ubd88\uc740 \uc5b8\uc81c \ub418\ub098\uc694?",
    "Pedi um reembolso h\u00e1 duas semanas e ainda nada. Podem verificar, por favor? Pedido n\u00ba 4471.",
    "Rated 2/5 -- the \"fresh\" salmon smelled off. Staff were nice about it and replaced it, but still.",
    "Anyone else's package stuck in \"Customs clearance\" for 10+ days? Shipped from Shenzhen 02/14.",
]

# ---------------------------------------------------------------------------
# markdown-notes
# ---------------------------------------------------------------------------
MD_HAND = [
    "# Runbook: API returns 502s\n\n## 1. Check the pods\n\n```bash\nkubectl get pods -n prod -l app=api\nkubectl logs -n prod deploy/api --since=15m | grep -Ei 'error|panic' | tail -50\n```\n\nIf pods are in `CrashLoopBackOff`, look at the previous container: `kubectl logs --previous`.\n\n## 2. Check the database\n\n```sql\nSELECT pid, state, wait_event_type, now() - query_start AS age, left(query, 80)\nFROM pg_stat_activity\nWHERE datname = 'app_prod' AND state <> 'idle'\nORDER BY age DESC\nLIMIT 20;\n```\n\nLong-running `UPDATE`s holding locks are the usual suspect. To cancel one: `SELECT pg_cancel_backend(<pid>);` (prefer cancel over `pg_terminate_backend`).\n\n## 3. Check nginx\n\n```\n$ sudo tail -f /var/log/nginx/error.log\n2024/03/12 10:01:22 [error] 811#811: *4411 connect() failed (111: Connection refused) while connecting to upstream, upstream: \"http://10.0.3.17:8080/api/v1/orders\"\n```\n\n| Symptom | Likely cause | Action |\n|---|---|---|\n| `connect() failed (111)` | pods down | step 1 |\n| `upstream timed out (110)` | slow DB | step 2 |\n| `no live upstreams` | all endpoints failing health checks | check `/healthz` |\n\n## 4. Escalate\n\nPage `@platform-oncall` in #incidents with the output above. Don't restart the DB without the DBA.",
    "# Onboarding checklist\n\n- [x] Get laptop\n- [x] Request GitHub access (ask @infra)\n- [ ] Set up VPN: see [VPN guide](../it/vpn.md)\n- [ ] Run `make bootstrap`\n\n> **Note:** if `make bootstrap` fails on Apple Silicon, run `softwareupdate --install-rosetta` first.",
    "## Restoring a DB backup\n\n```bash\naws s3 cp s3://prod-backups/pg/2024-03-10.dump /tmp/\npg_restore --clean --if-exists -d app_staging /tmp/2024-03-10.dump\n```\n\nThen sanity check:\n\n```sql\nSELECT count(*) FROM users;\nSELECT max(created_at) FROM orders;\n```",
    "### Meeting notes 2024-03-12\n\n**Attendees:** Ana, Raj, Kim\n\n1. Release slipped to Thursday\n2. Raj to look into the `504 Gateway Timeout` on `/reports/export`\n3. Decide on ORM (see table)\n\n| Option | Pros | Cons |\n|---|---|---|\n| SQLAlchemy | mature | verbose |\n| raw SQL | fast | injection risk if we're sloppy |",
    "# Deploy\n\n```yaml\nservices:\n  web:\n    image: ghcr.io/acme/web:${TAG:-latest}\n    ports:\n      - \"80:8080\"\n    environment:\n      - DATABASE_URL=postgres://app:${DB_PASS}@db:5432/app\n```\n\nRun with `TAG=1.4.2 docker compose up -d`.",
    "## Embedding the widget\n\nPaste this before `</body>`:\n\n```html\n<div id=\"chat-widget\" data-site=\"abc123\"></div>\n<script src=\"https://cdn.example.com/widget/v2.js\" async></script>\n```\n\nThe widget reads `data-site` and attaches itself to `#chat-widget`.",
    "# Reading list\n\n* *Designing Data-Intensive Applications* -- ch. 7 on transactions\n* [Use The Index, Luke](https://use-the-index-luke.com/)\n* ~~The old wiki page~~ (outdated)\n\n![bookshelf](./img/shelf.jpg)",
    "## API example\n\n```json\n{\n  \"query\": \"red shoes\",\n  \"filters\": {\"size\": [42, 43], \"price\": {\"lte\": 100}},\n  \"sort\": \"-rating\"\n}\n```\n\nResponse is paginated; follow `links.next` until it is `null`.",
    "# TIL\n\n`git worktree add ../hotfix main` lets you check out another branch in a sibling folder without stashing. Remove with `git worktree remove ../hotfix`.",
    "## Troubleshooting\n\n**Symptom:** `Permission denied (publickey)`\n\n**Fix:**\n```sh\neval \"$(ssh-agent -s)\"\nssh-add ~/.ssh/id_ed25519\nssh -T git@github.com\n```",
    "### Packing list - Iceland \U0001F1EE\U0001F1F8\n\n- waterproof jacket\n- wool socks x4\n- power bank\n- ~~sunscreen~~ (lol)\n- cash: not needed, cards work everywhere",
    "# Cron jobs\n\n| Schedule | Script | Owner |\n|----------|--------|-------|\n| `0 2 * * *` | `scripts/backup.sh` | ops |\n| `*/5 * * * *` | `scripts/healthcheck.py` | sre |\n| `0 9 * * 1` | `reports/weekly.sql` | analytics |",
    "## Windows setup\n\n1. Install [Git for Windows](https://git-scm.com/download/win)\n2. In PowerShell (admin):\n   ```powershell\n   Set-ExecutionPolicy -Scope CurrentUser RemoteSigned\n   winget install --id Python.Python.3.12\n   ```\n3. Clone to `C:\\src\\project` (short paths avoid MAX_PATH issues)",
    "## Useful SQL\n\n```sql\n-- biggest tables\nSELECT relname, pg_size_pretty(pg_total_relation_size(relid))\nFROM pg_catalog.pg_statio_user_tables\nORDER BY pg_total_relation_size(relid) DESC\nLIMIT 10;\n```",
    "# Style guide\n\n- Use `snake_case` for Python, `camelCase` for JS\n- No `print()` in library code; use `logging`\n- Never build SQL with f-strings -- use placeholders (`%s` / `?`)\n- HTML: escape by default, only use `|safe` / `dangerouslySetInnerHTML` after review",
    "## Links\n\n- Staging: <https://staging.example.com>\n- Grafana: <https://grafana.internal/d/abc/api?orgId=1&from=now-6h&to=now>\n- Runbook: [../runbooks/api-down.md](../runbooks/api-down.md)",
]
MD_TITLES = ["Release process", "Local dev", "Incident 2024-02-18", "Weekly sync", "How we do code review", "Grocery list",
             "Trip planning", "Q2 OKRs", "Kubernetes cheatsheet", "Postgres tips", "Frontend build", "Home server notes",
             "Book club", "Retro notes", "Interview questions"]
MD_BULLETS = ["ping @oncall before merging", "update the `CHANGELOG.md`", "tag with `git tag -s vX.Y.Z`", "check Sentry for new errors",
              "buy oat milk", "book the Airbnb (max \u20ac120/night)", "rotate the staging DB password", "renew TLS cert (expires 04/30)",
              "read chapter 5", "fix flaky test `test_upload_large_file`", "ask Kim about the Figma file", "clean up `/tmp` on build agents",
              "bump Node to 20 LTS", "move secrets to Vault", "write ADR for queue choice"]
MD_BLOCKS = [
    ("bash", "kubectl get pods -n prod -o wide | grep -v Running\nkubectl describe pod $POD -n prod | tail -20"),
    ("bash", "for f in *.jpg; do\n  convert \"$f\" -resize 50% \"small_$f\"\ndone"),
    ("sql", "UPDATE accounts SET status = 'inactive'\nWHERE last_login < now() - interval '1 year';"),
    ("sql", "CREATE INDEX CONCURRENTLY idx_orders_user ON orders (user_id);"),
    ("python", "import json, pathlib\ndata = json.loads(pathlib.Path('config.json').read_text())\nprint(data['db']['host'])"),
    ("yaml", "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test"),
    ("json", "{\"name\": \"my-app\", \"version\": \"1.2.0\", \"scripts\": {\"dev\": \"vite\", \"build\": \"vite build\"}}"),
    ("html", "<form action=\"/search\" method=\"get\">\n  <input name=\"q\" placeholder=\"Search...\">\n  <button type=\"submit\">Go</button>\n</form>"),
    ("powershell", "Get-Service | Where-Object {$_.Status -eq 'Stopped'} | Select-Object Name"),
    ("", "$ ls -lh /var/log/*.log\n-rw-r----- 1 syslog adm 1.2G Mar 12 10:01 /var/log/syslog"),
]


def gen_markdown():
    parts = ["%s %s" % (pick(["#", "##", "###"]), pick(MD_TITLES))]
    if R.random() < 0.5:
        parts.append(pick(["Last updated by @raj on 2024-03-%02d." % R.randint(1, 28), "_Draft -- please comment._",
                           "See also [the wiki home](../Home.md).", "Owner: platform team \U0001F6E0\ufe0f"]))
    bl = picks(MD_BULLETS, R.randint(2, 5))
    mark = pick(["- ", "* ", "- [ ] ", "1. "])
    parts.append("\n".join(mark + b for b in bl))
    if R.random() < 0.75:
        lang, code = pick(MD_BLOCKS)
        parts.append("```%s\n%s\n```" % (lang, code))
    if R.random() < 0.3:
        parts.append("| Key | Value |\n|-----|-------|\n| env | `%s` |\n| region | %s |" % (
            pick(["staging", "prod", "dev"]), pick(["eu-west-1", "us-east-2", "ap-northeast-1"])))
    if R.random() < 0.3:
        parts.append("![%s](%s)" % (pick(["diagram", "screenshot", "graph"]), pick(PF_MDREL)))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# data-fields
# ---------------------------------------------------------------------------
def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


DF_REGEX = [r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$", r"^\d{3}-\d{2}-\d{4}$", r"(?i)\b(error|warn(ing)?)\b",
            r"^(?:[01]\d|2[0-3]):[0-5]\d$", r"[^\w\s-]", r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$", r"\s+",
            r"^/api/v\d+/users/(\d+)/?$", r"(?<=\$)\d+(\.\d{2})?", r"^#?([a-fA-F0-9]{6}|[a-fA-F0-9]{3})$"]
DF_LATEX = [r"\frac{a}{b} + \sqrt{x^2 + y^2}", r"E = mc^2", r"\sum_{i=1}^{n} i = \frac{n(n+1)}{2}",
            r"\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}", r"f(x) = \begin{cases} x & x \ge 0 \\ -x & x < 0 \end{cases}",
            r"\lim_{x \to 0} \frac{\sin x}{x} = 1", "a^2 + b^2 = c^2", "(x + 1)(x - 1) = x^2 - 1", "P(A|B) = P(B|A) * P(A) / P(B)",
            r"\mathbf{A}\vec{x} = \vec{b}"]
DF_SHEET = ["=SUM(A1:A3)", "=AVERAGE(B2:B50)", "=IF(C2>100,\"high\",\"low\")", "=VLOOKUP(E2,Sheet2!A:C,3,FALSE)",
            "=TEXT(TODAY(),\"yyyy-mm-dd\")", "=COUNTIF(D:D,\"<>\")", "=ROUND(F2*1.19,2)", "=CONCATENATE(A2,\" \",B2)",
            "=INDEX(A:A,MATCH(MAX(B:B),B:B,0))", "=XLOOKUP(G2,Products!A:A,Products!D:D,\"n/a\")", "=SUMIFS(C:C,A:A,\">=\"&DATE(2024,1,1))"]
DF_CRON = ["*/5 * * * *", "0 3 * * *", "30 2 * * 1-5", "0 0 1 * *", "15 10 * * MON", "0 */6 * * *", "@reboot", "0 9-17 * * 1-5", "0 0 L * ?", "0 0/15 8-18 ? * MON-FRI"]
DF_PHONE = ["+1 (415) 555-0132", "+44 20 7946 0958", "+49 30 12345678", "030/123 456 78", "+33 6 12 34 56 78", "(02) 9876 5432",
            "+81 3-1234-5678", "+7 (495) 123-45-67", "+55 11 91234-5678", "+91 98765 43210", "555-0199 ext. 42"]
DF_ADDR = ["221B Baker Street, London NW1 6XE, UK", "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
           "Hauptstra\u00dfe 5, 10827 Berlin", "12 rue de l'\u00c9glise, 75015 Paris", "Calle Mayor 10, 3\u00ba B, 28013 Madrid",
           "Apt. #4, 55 O'Connell St., Dublin 1", "\u6771\u4eac\u90fd\u6e0b\u8c37\u533a\u9053\u7384\u57421-2-3",
           "ul. Marsza\u0142kowska 84/92 m. 7, 00-514 Warszawa", "PO Box 1234, Anchorage, AK 99501"]
DF_EMAIL = ["jane.doe@example.com", "o'brien.sean@example.ie", "first+newsletter@example.org", "\"john smith\"@example.com",
            "admin@sub.domain.example.co.uk", "m\u00fcller@example.de", "x_y-z@example.io", "support@example.com; sales@example.com"]


def gen_data_field():
    k = R.randint(0, 17)
    if k == 0:
        return str(uuid.UUID(int=R.getrandbits(128), version=4))
    if k == 1:
        h = pick([hashlib.sha256, hashlib.md5, hashlib.sha1])
        return h(str(R.random()).encode()).hexdigest()
    if k == 2:
        raw = bytes(R.getrandbits(8) for _ in range(R.randint(12, 90)))
        return base64.b64encode(raw).decode()
    if k == 3:
        hdr = {"alg": pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        body = {"sub": str(R.randint(1000, 99999)), "name": pick(["Jane Doe", "Ali Hassan", "\u674e\u96f7"]),
                "iat": 1700000000 + R.randint(0, 10 ** 7), "scope": pick(["read:orders", "openid profile email", "admin:none"])}
        sig = bytes(R.getrandbits(8) for _ in range(32))
        return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                             b64u(json.dumps(body, separators=(",", ":")).encode()), b64u(sig))
    if k == 4:
        obj = pick([
            {"name": "O'Neil", "tags": ["a", "b"], "active": True},
            {"q": "select * from products", "page": 1},
            {"html": "<p>Hello <b>world</b></p>", "format": "html"},
            {"path": "../images/x.png", "alt": "diagram"},
            {"filter": {"price": {"gte": 10, "lte": 99.5}}, "sort": ["-created_at"]},
            {"cmd": "npm run build", "cwd": "./frontend", "env": {"NODE_ENV": "production"}},
            {"lat": 52.52, "lng": 13.405, "label": "Berlin \u2013 Mitte"},
        ])
        return json.dumps(obj, ensure_ascii=R.random() < 0.5)
    if k == 5:
        return pick(["id,name,email,created_at", "42,\"Smith, John\",john@example.com,2024-03-01T10:00:00Z",
                     "SKU-1001;Caf\u00e9 cr\u00e8me 250g;4,99;EUR", "\"a\",\"b \"\"quoted\"\"\",\"c\"",
                     "2024-01-31,groceries,-54.20,\"Lidl, Berlin\"", "name\tqty\tprice\napple\t3\t0.50"])
    if k == 6:
        return pick(["page=2&per_page=25&sort=-date", "q=red%20shoes&color=blue&size=42", "utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale",
                     "filter[status]=open&filter[assignee]=me", "a=1&b=2&b=3&c", "redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=xyz123"])
    if k == 7:
        return pick(DF_REGEX)
    if k == 8:
        return pick(DF_LATEX)
    if k == 9:
        return pick(DF_SHEET)
    if k == 10:
        return pick(DF_CRON)
    if k == 11:
        return pick(DF_PHONE)
    if k == 12:
        return pick(DF_ADDR)
    if k == 13:
        return pick(DF_EMAIL)
    if k == 14:
        return pick(["#%06x" % R.getrandbits(24), "rgba(%d, %d, %d, 0.%d)" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255), R.randint(1, 9)),
                     "%.6f, %.6f" % (R.uniform(-90, 90), R.uniform(-180, 180)), "2024-%02d-%02dT%02d:%02d:00+02:00" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))])
    if k == 15:
        return pick(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "4111 1111 1111 1111", "978-3-16-148410-0",
                     "ISBN 0-306-40615-2", "VAT: DE123456789", "1Z999AA10123456784", "MAC 00:1A:2B:3C:4D:5E"])
    if k == 16:
        return pick([">=1.2.0, <2.0", "^3.4.1", "~=2.28", "node >= 18", "x86_64-unknown-linux-gnu", "en-US,en;q=0.9,de;q=0.8",
                     "text/html; charset=utf-8", "max-age=31536000; includeSubDomains"])
    return pick(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s user@laptop" % b64u(bytes(R.getrandbits(8) for _ in range(24))),
                 "sha256-%s" % base64.b64encode(hashlib.sha256(str(R.random()).encode()).digest()).decode(),
                 "0x%040x" % R.getrandbits(160), "ghp_%s" % "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(36))])


# ---------------------------------------------------------------------------
# ops-text
# ---------------------------------------------------------------------------
OT_HAND = [
    "server {\n    listen 443 ssl http2;\n    server_name api.example.com;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_set_header Host $host;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n    location ~ /\\.(git|env) { deny all; }\n}",
    "[Unit]\nDescription=My API\nAfter=network.target\n\n[Service]\nUser=app\nWorkingDirectory=/opt/api\nExecStart=/opt/api/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8080 app:app\nRestart=on-failure\nEnvironment=PYTHONUNBUFFERED=1\n\n[Install]\nWantedBy=multi-user.target",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.8.0\n          command: [\"/bin/sh\", \"-c\", \"exec node server.js\"]\n          resources:\n            limits: {memory: 512Mi, cpu: 500m}",
    "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs-${var.env}\"\n  tags = {\n    Owner = \"platform\"\n  }\n}\n\nresource \"aws_s3_bucket_public_access_block\" \"logs\" {\n  bucket                  = aws_s3_bucket.logs.id\n  block_public_acls       = true\n  restrict_public_buckets = true\n}",
    "0 2 * * * root /usr/local/bin/pg_backup.sh > /var/log/pg_backup.log 2>&1",
    "#!/usr/bin/env bash\nset -euo pipefail\nBACKUP_DIR=/srv/backups/$(date +%F)\nmkdir -p \"$BACKUP_DIR\"\npg_dump -Fc -h localhost -U app app_prod > \"$BACKUP_DIR/app.dump\"\nfind /srv/backups -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +\necho \"done: $BACKUP_DIR\"",
    "-- 0042_add_orders_index.sql\nBEGIN;\nALTER TABLE orders ADD COLUMN IF NOT EXISTS shipped_at timestamptz;\nUPDATE orders SET shipped_at = updated_at WHERE status = 'shipped';\nCREATE INDEX IF NOT EXISTS idx_orders_shipped_at ON orders (shipped_at);\nCOMMIT;",
    "DATABASE_URL=postgres://app:changeme@localhost:5432/app_dev\nREDIS_URL=redis://localhost:6379/0\nSECRET_KEY=dev-only-not-secret\nDEBUG=true\nALLOWED_HOSTS=localhost,127.0.0.1",
    "%deploy ALL=(root) NOPASSWD: /bin/systemctl restart myapp, /bin/systemctl status myapp",
    "iptables -A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT\niptables -A INPUT -p tcp --dport 22 -j DROP",
    "ufw allow from 192.168.1.0/24 to any port 5432 proto tcp",
    "version: \"3.9\"\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - ./data/pg:/var/lib/postgresql/data\n  app:\n    build: .\n    depends_on: [db]\n    command: sh -c \"./wait-for db:5432 && npm start\"",
    "<VirtualHost *:80>\n    ServerName www.example.org\n    DocumentRoot /var/www/example\n    <Directory /var/www/example>\n        AllowOverride All\n        Require all granted\n    </Directory>\n    ErrorLog ${APACHE_LOG_DIR}/error.log\n    CustomLog ${APACHE_LOG_DIR}/access.log combined\n</VirtualHost>",
    "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 1000\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:create_app()\"]",
    "Mar 12 10:14:03 web01 sshd[2231]: Failed password for invalid user admin from 203.0.113.45 port 51234 ssh2\nMar 12 10:14:05 web01 sshd[2231]: Connection closed by invalid user admin 203.0.113.45 port 51234 [preauth]",
    "$ df -h /\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/nvme0n1p2  98G   93G  0.2G 100% /\n$ sudo du -xh --max-depth=1 /var | sort -h | tail -5",
    "ansible all -i inventory/prod -m shell -a 'uptime; free -m' --become",
    "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO app_rw;\nREVOKE ALL ON DATABASE app_prod FROM PUBLIC;",
    "location /static/ {\n    alias /srv/app/static/;\n    expires 30d;\n    add_header Cache-Control \"public, immutable\";\n}",
    "Events:\n  Type     Reason     Age                  From     Message\n  ----     ------     ----                 ----     -------\n  Warning  BackOff    2m (x41 over 12m)    kubelet  Back-off restarting failed container\n  Warning  Failed     12m                  kubelet  Error: secret \"db-creds\" not found",
    "[mysqld]\nbind-address = 127.0.0.1\nmax_connections = 300\nslow_query_log = 1\nslow_query_log_file = /var/log/mysql/slow.log\nlong_query_time = 2",
    "PS C:\\> Get-EventLog -LogName System -EntryType Error -Newest 5 | Format-Table TimeGenerated, Source, Message -AutoSize",
    "RewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^(.*)$ https://%{HTTP_HOST}/$1 [R=301,L]",
    "logrotate /etc/logrotate.d/myapp:\n/var/log/myapp/*.log {\n    daily\n    rotate 14\n    compress\n    missingok\n    postrotate\n        systemctl kill -s HUP myapp.service\n    endscript\n}",
    "helm template api ./chart --set image.tag=1.9.2 --set ingress.hosts[0]=api.example.com | kubectl diff -f -",
    "scp -P 2222 ./dist/app.tar.gz deploy@10.0.4.12:/opt/releases/ && ssh -p 2222 deploy@10.0.4.12 'cd /opt/releases && tar xzf app.tar.gz && sudo systemctl restart app'",
]
OT_IPS = ["203.0.113.7", "198.51.100.23", "192.0.2.144", "10.0.3.17", "172.16.4.9", "2001:db8::1f"]
OT_PATHS = ["/api/v1/orders?page=2", "/static/js/app.4f2a9c.js", "/healthz", "/login", "/api/v2/users/1842/avatar",
            "/favicon.ico", "/search?q=winter+jacket", "/robots.txt", "/api/v1/reports/export?format=csv", "/docs/"]
OT_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
         "curl/8.5.0", "python-requests/2.31.0", "kube-probe/1.28", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"]


def gen_ops():
    k = R.randint(0, 5)
    ts_h, ts_m, ts_s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    if k == 0:
        return '%s - - [12/Mar/2024:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "-" "%s"' % (
            pick(OT_IPS), ts_h, ts_m, ts_s, pick(["GET", "GET", "POST", "PUT", "DELETE"]), pick(OT_PATHS),
            pick([200, 200, 201, 204, 301, 304, 404, 499, 502]), R.randint(0, 90000), pick(OT_UA))
    if k == 1:
        return "2024-03-12T%02d:%02d:%02d.%03dZ %s [%s] %s" % (ts_h, ts_m, ts_s, R.randint(0, 999), pick(["INFO", "WARN", "ERROR", "DEBUG"]),
                                                             pick(["api", "worker-3", "scheduler", "db-pool"]), pick([
                                                                 "request completed method=GET path=/api/v1/orders status=200 duration_ms=%d" % R.randint(3, 900),
                                                                 "retrying job id=%d attempt=%d err=\"context deadline exceeded\"" % (R.randint(1000, 9999), R.randint(1, 5)),
                                                                 "connection pool exhausted (max=20), waiting",
                                                                 "user_id=%d logged in from %s" % (R.randint(1, 99999), pick(OT_IPS)),
                                                                 "query took %dms: SELECT id, email FROM users WHERE org_id = $1 ORDER BY created_at DESC LIMIT 50" % R.randint(200, 5000),
                                                                 "wrote 1842 rows to s3://data-lake-raw/events/2024/03/12/part-0007.parquet",
                                                                 "failed to open /var/lib/app/cache/index.db: permission denied"]))
    if k == 2:
        return "%s %02d %02d:%02d:%02d %s %s[%d]: %s" % (pick(["Mar", "Apr", "Feb"]), R.randint(1, 28), ts_h, ts_m, ts_s,
                                                        pick(["web01", "db-2", "ip-10-0-3-17"]), pick(["systemd", "kernel", "CRON", "nginx", "dockerd"]),
                                                        R.randint(100, 40000), pick([
                                                            "Started Daily apt download activities.",
                                                            "(root) CMD (/usr/lib/php/sessionclean)",
                                                            "Out of memory: Killed process 2231 (node) total-vm:4123456kB",
                                                            "myapp.service: Main process exited, code=exited, status=1/FAILURE",
                                                            "[error] 1234#1234: *5678 upstream timed out (110: Connection timed out) while reading response header from upstream",
                                                            "EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode."]))
    if k == 3:
        return "%s %s %s %s %s %s" % (pick(["*/10", "0", "15", "30"]), pick(["*", "2", "*/4"]), pick(["*", "1", "15"]), "*",
                                      pick(["*", "1-5", "0"]), pick([
                                          "/usr/bin/certbot renew --quiet --deploy-hook 'systemctl reload nginx'",
                                          "cd /opt/app && ./venv/bin/python manage.py clearsessions",
                                          "find /var/tmp/uploads -type f -mmin +120 -delete",
                                          "/usr/local/bin/healthcheck.sh || /usr/bin/logger -t health 'check failed'",
                                          "docker system prune -af --filter 'until=168h' >/dev/null 2>&1"]))
    if k == 4:
        return "$ %s\n%s" % pick([
            ("docker ps --format '{{.Names}}\\t{{.Status}}'", "api\tUp 3 hours\nworker\tRestarting (1) 5 seconds ago"),
            ("systemctl status nginx --no-pager", "\u25cf nginx.service - A high performance web server\n     Active: active (running) since Tue 2024-03-12 08:01:44 UTC; 2h ago"),
            ("kubectl get pods -n prod", "NAME                   READY   STATUS    RESTARTS   AGE\napi-6d5f7c9b8-2kx4z    1/1     Running   0          3d\nworker-7b9c-xx1p2      0/1     Error     7          15m"),
            ("free -m", "              total        used        free      shared  buff/cache   available\nMem:          15884       14211         312         102        1360        1201"),
            ("ss -tlnp | grep 5432", "LISTEN 0 244 127.0.0.1:5432 0.0.0.0:* users:((\"postgres\",pid=812,fd=6))"),
            ("tail -n 3 /var/log/nginx/error.log", "2024/03/12 10:01:22 [warn] 811#811: *1 an upstream response is buffered to a temporary file"),
        ])
    return "%s=%s" % pick([("LOG_LEVEL", "debug"), ("PORT", "8080"), ("NODE_ENV", "production"), ("JAVA_OPTS", "-Xms512m -Xmx2g -XX:+UseG1GC"),
                           ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"), ("TZ", "Europe/Berlin"),
                           ("S3_BUCKET", "acme-uploads-prod"), ("FEATURE_FLAGS", "new_checkout,dark_mode"),
                           ("CORS_ORIGINS", "https://app.example.com,https://admin.example.com")])


# ---------------------------------------------------------------------------
# education
# ---------------------------------------------------------------------------
ED_HAND = [
    "Module 6: Why input filtering alone fails\n\nStudents often ask: if SQL injection needs a quote, why not just strip quotes? Consider three situations.\n\nFirst, numeric parameters. A product page might run `SELECT * FROM products WHERE id = ` followed by the id from the URL. No quote is needed to change that query, because the value is not inside a string literal in the first place.\n\nSecond, encodings. A filter that looks for a literal apostrophe may run before the framework URL-decodes or Unicode-normalizes the value, so the character it is looking for isn't there yet when it checks. This is the same reason naive filters for `../` in file paths or `<script` in HTML keep getting bypassed.\n\nThird, maintenance. Every new feature adds new places where data meets an interpreter: a sort column here, a report filename there, a shell call to an image converter. A deny-list has to be right everywhere, forever.\n\nThe robust answer is structural: make it impossible for data to become code. Prepared statements keep SQL and values apart; argument arrays keep shell commands and file names apart; auto-escaping templates keep HTML and text apart. Filters and WAFs still have a place -- they buy time and catch sloppy attacks -- but they are the seatbelt, not the brakes.\n\nDiscussion question: which parts of your current project talk to an interpreter? List them and note how each one separates code from data.",
    "SQL injection happens when an application builds a query by gluing user input into SQL text. If a login form does `\"SELECT * FROM users WHERE name = '\" + name + \"'\"`, a user can type a quote and change the meaning of the query. The fix is not to escape harder but to use parameterized queries, where the database receives the SQL and the values separately.",
    "Cross-site scripting (XSS) means an attacker gets their own JavaScript to run in someone else's browser on your site. Classic example: a comment field that stores `<script>` tags and a page that prints comments without escaping. Modern frameworks escape output by default -- the danger comes when you opt out (innerHTML, `|safe`, `dangerouslySetInnerHTML`).",
    "Path traversal: if your download endpoint does `open(\"/srv/files/\" + name)`, a name containing `../` segments can walk out of /srv/files. Normalize the path, then check that the result still starts with the base directory. Rejecting the literal string \"../\" is not enough because of encodings.",
    "Lesson 4 -- Command injection. When a program passes user input to a shell (system(), backticks, `subprocess` with shell=True), characters like ; | & and $() let the input start new commands. The safest approach: avoid the shell entirely and pass an argument list.",
    "Quiz: Which of the following is the best defense against SQL injection?\n(a) removing quotes from input\n(b) prepared statements with bound parameters\n(c) a blacklist of words like SELECT and DROP\n(d) hiding error messages\nAnswer: (b). The others help a little at best.",
    "Why is `rm -rf \"$DIR/\"` dangerous in a script? If DIR is empty or unset, the command becomes `rm -rf /`. Use `set -u` so unset variables are errors, and `${DIR:?}` to abort when it's empty.",
    "Output encoding depends on context: text inside an HTML element needs `<` and `&` escaped, an attribute value needs quotes escaped too, a URL needs percent-encoding, and a JavaScript string needs its own escaping. Using the wrong encoder is a common source of XSS.",
    "The principle of least privilege says every account gets only the rights it needs. Your web app's database user usually doesn't need DROP or GRANT; if an injection ever happens, the damage is limited.",
    "Server-side template injection (SSTI) occurs when user input becomes part of the template source rather than the template data. Rendering `render_template_string(\"Hello \" + name)` lets a user send template syntax. Render a fixed template and pass `name` as a variable instead.",
    "Exercise: explain in your own words why `eval(input())` in Python is risky, and what `ast.literal_eval` does differently.",
    "A web application firewall (WAF) inspects requests and blocks those that look like attacks. It is a useful extra layer, but it can have false positives -- for example, blocking a developer who pastes an error message that contains SQL -- and it can be bypassed, so it never replaces secure code.",
    "Remember: validation (is this input the shape I expect?) and encoding (how do I safely put this data into HTML/SQL/shell?) are different jobs. You need both.",
    "In this module we look at how browsers decide what is code and what is data. An `onerror` attribute on an `<img>` tag is code; the text between two `<p>` tags is data. XSS is about tricking the browser into treating your data as code.",
    "Deserialization vulnerabilities: formats like Java serialization, Python pickle or PHP's unserialize() can instantiate arbitrary classes. Never deserialize untrusted data with them; use JSON and validate it against a schema.",
    "Content Security Policy (CSP) is a response header that tells the browser which scripts may run. A policy like `script-src 'self'` blocks inline scripts, which kills most reflected XSS even if escaping fails somewhere.",
    "Homework: set up the vulnerable practice app from the course repo on your own machine (never against systems you don't own!) and find the three injection bugs. Write a short report describing the root cause of each and the fix.",
    "The OWASP Top 10 is a list of the most critical web application security risks. Injection has been on it since the first edition; in 2021 it was merged with XSS into a single category, A03:2021 - Injection.",
    "Log injection: if you write user input into log files without escaping newlines, an attacker can forge fake log entries. Encode CR and LF or use structured (JSON) logging.",
    "Many path traversal filters fail because they check the input before URL decoding, or decode only once. Always decode fully, canonicalize, and then compare against the allowed root.",
    "Think of the shell as a tiny programming language. When you write `ls $dir`, the shell splits $dir on spaces and expands wildcards. Quoting -- `ls \"$dir\"` -- tells it to treat the value as a single word. Most shell bugs are quoting bugs.",
    "Session cookies should have the HttpOnly, Secure and SameSite attributes. HttpOnly means JavaScript can't read the cookie, which limits what an XSS bug can steal.",
    "Slide 12: \"Never trust the client.\" Anything in the request -- headers, cookies, hidden form fields, the JSON body -- can be changed by the user. Validate on the server.",
    "Blind SQL injection is when the page doesn't show query results or errors, but an attacker can still learn things by asking yes/no questions and watching how the response changes (content or timing). The defence is the same: parameterized queries.",
    "XML external entities (XXE): older XML parsers resolve entities that point to files or URLs. Disable DTD processing in your parser configuration unless you really need it -- in most libraries that is a single option.",
    "For teachers: when demonstrating injection live, use an isolated VM and a deliberately vulnerable app. Make sure students understand the legal side -- testing systems without permission is illegal in most countries.",
    "Question from the forum: \"Is escaping single quotes enough to stop SQL injection?\" Short answer: no. Numeric contexts don't need quotes at all, character set tricks exist, and it's easy to forget a spot. Use placeholders.",
    "The same-origin policy prevents a script on evil.example from reading responses from bank.example. XSS is so serious because it runs your attacker's script *on* bank.example, where the same-origin policy no longer protects anything.",
    "Upload handling checklist:\n1. Generate your own filename (e.g. a UUID), don't trust the client's.\n2. Check the type by content, not by extension.\n3. Store outside the web root.\n4. Serve with `Content-Disposition: attachment` and a fixed Content-Type.",
    "Chapter summary: injection bugs share one root cause -- mixing code and data in a single string. SQL, shell commands, HTML, LDAP filters and template sources are all languages; keep untrusted data out of the code part.",
    "NoSQL databases are not immune to injection. In MongoDB, if you pass a parsed JSON body straight into a query, a client can send an object like {\"$ne\": null} instead of a string for the password field. Validate types before querying.",
    "Log4Shell (CVE-2021-44228) showed how a logging library feature -- JNDI lookups inside log messages -- turned any logged string into a remote code execution vector. The lesson: features that interpret data are attack surface.",
    "What is CRLF injection? HTTP headers are separated by carriage return + line feed. If an app puts user input into a header (like a redirect Location) without stripping CR/LF, the attacker can add headers of their own.",
    "Defence in depth means stacking independent controls: input validation, parameterized queries, least-privilege DB accounts, a WAF, monitoring. Any single layer can fail; together they make exploitation much harder.",
    "Reading assignment: compare allow-lists and deny-lists. Why does a deny-list of dangerous characters tend to fail over time, while an allow-list (e.g. \"usernames are 3-20 letters, digits or underscores\") holds up?",
]
ED_TOPICS = [("SQL injection", "parameterized queries", "a search form that concatenates the search term into a LIKE clause"),
             ("cross-site scripting", "context-aware output encoding", "a profile page that prints the user's bio as raw HTML"),
             ("path traversal", "canonicalizing paths and checking them against a base directory", "a download endpoint that takes a file name"),
             ("command injection", "passing argument arrays instead of shell strings", "a ping tool that shells out with the hostname"),
             ("template injection", "keeping user input in template variables, never in template source", "a greeting e-mail built with string concatenation"),
             ("insecure deserialization", "using data-only formats like JSON", "a session cookie containing a pickled object"),
             ("XXE", "disabling DTDs in the XML parser", "an import feature that accepts XML invoices"),
             ("header injection", "rejecting CR and LF in header values", "a redirect that copies a query parameter into Location")]
ED_FRAMES = [
    "Key idea: {t} is prevented by {d}. Case study: {c}. Ask yourself which part of the final string comes from the user, and whether the interpreter can tell it apart from your code.",
    "Week {n} recap -- {t}. We saw {c}. The root cause was mixing data with code; the fix was {d}. Next week: writing tests that prove the fix works.",
    "Q: What's the single most effective defence against {t}?\nA: {d}. Filters and WAF rules help, but they are a second line.",
    "Lab {n}: Review the code for {c}. 1) Identify the sink. 2) Trace the input back to its source. 3) Propose a fix using {d}. 4) Write a unit test.",
    "Common misconception about {t}: \"our framework handles it.\" Frameworks help with the default path, but {c} is exactly the kind of code that bypasses the default. Stick to {d}.",
]


def gen_education():
    t, d, c = pick(ED_TOPICS)
    return pick(ED_FRAMES).format(t=t, d=d, c=c, n=R.randint(1, 14))


# ---------------------------------------------------------------------------
GENRES = [
    ("issue-comments", IC_HAND, gen_issue_comment),
    ("commit-changelog", CC_HAND, gen_commit),
    ("docstrings", DS_HAND, gen_docstring),
    ("manpages-help", MH_HAND, gen_help),
    ("search-queries", SQ_HAND, None),
    ("paths-files", [], gen_path),
    ("prose", PR_HAND, None),
    ("markdown-notes", MD_HAND, gen_markdown),
    ("data-fields", [], gen_data_field),
    ("ops-text", OT_HAND, gen_ops),
    ("education", ED_HAND, gen_education),
]


def light_noise(s):
    """Occasionally vary casing / trailing whitespace the way people type."""
    r = R.random()
    if r < 0.04:
        return s.lower()
    if r < 0.06:
        return s + " "
    return s


def norm(v):
    return " ".join(v.lower().split())


def main():
    seen = set()
    seen_n = set()
    rows = []
    for cat, hand, gen in GENRES:
        out = []
        pool = list(hand)
        R.shuffle(pool)
        for v in pool:
            if len(out) >= TARGET:
                break
            if v not in seen and norm(v) not in seen_n:
                seen.add(v)
                seen_n.add(norm(v))
                out.append(v)
        tries = 0
        while gen and len(out) < TARGET and tries < 5000:
            tries += 1
            v = light_noise(gen())
            if v in seen or norm(v) in seen_n or len(v) > 1500 or not v.strip():
                continue
            seen.add(v)
            seen_n.add(norm(v))
            out.append(v)
        for v in out:
            rows.append((cat, v))
    R.shuffle(rows)
    path = os.path.join(HERE, "benign.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            fh.write(json.dumps({"id": "hb12-%05d" % i, "category": cat, "label": "benign", "value": v}, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), path))


if __name__ == "__main__":
    main()
