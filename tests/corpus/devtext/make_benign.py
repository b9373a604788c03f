#!/usr/bin/env python3
"""Generate benign.jsonl beside this file: the round-eleven developers' text
corpus (see README.md).

All values are hand-written literals or simple templates over hand-written
pools. Seeded random, so the output is reproducible.
"""
import base64
import json
import os
import random
import textwrap
import uuid

SEED = 90909
TARGET = 90
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")

rng = random.Random(SEED)


def D(s):
    """Dedent a multi-line literal and strip leading/trailing blank lines."""
    return textwrap.dedent(s).strip("\n")


def pick(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------------------
# support
# ---------------------------------------------------------------------------
SUPPORT = [
    "After upgrading to 15.4, /var/lib/postgresql filled up the disk and SELECT queries against the orders table hang forever. Autovacuum seems stuck. What should I check first?",
    "The <select> dropdown on the checkout page doesn't close on iOS 17 Safari after choosing a country. Works fine on desktop Chrome.",
    "Hi team, since yesterday's deploy our nightly cron job fails with 'Permission denied' when writing to /var/log/app/export.log. Nothing changed on our side as far as I know.",
    "Bug: when a note contains a <table> pasted from Excel, the preview drops every row except the header.",
    "I tried to drop the old index with DROP INDEX CONCURRENTLY but it has been running for 40 minutes. Is it safe to cancel it?",
    "Your docs say to run `pip install yourlib[all]` but zsh complains 'no matches found: yourlib[all]'. Quoting it fixed it, maybe update the README?",
    "Password reset email never arrives. I checked spam. My address has a plus sign in it (jane+billing@...), could that be the reason?",
    "The CSV export puts everything in one column when opened in Excel with a German locale. I think it's because you use commas and we use ; as the list separator.",
    "Getting 'ERROR: column \"created_at\" does not exist' after the migration, but the column is there when I run \\d events in psql.",
    "Our load balancer health check hits /healthz and gets a 502 every few minutes. The pod logs show nothing; nginx error.log says 'upstream prematurely closed connection while reading response header from upstream'.",
    "Could you add an option to sleep between API retries? Right now the SDK retries immediately and we hit the 429 rate limit straight away.",
    "Where is the hosts file on Windows? Support told me to edit C:\\Windows\\System32\\drivers\\etc\\hosts but Notepad says access is denied.",
    "When I paste text with a <br> into the bio field it shows up literally as <br> instead of a line break. Is HTML supposed to be allowed there?",
    "The Android app crashes on launch after update 4.2.1 (Android 14, Pixel 7). Clearing the cache didn't help. Happy to send logs if you tell me where they are.",
    "I can't union two saved reports in the dashboard builder - the button is greyed out unless both use the same date range. Is that intended?",
    "Our Jenkins agent can't find java after the image update: '/usr/bin/env: java: No such file or directory'. JAVA_HOME is set in /etc/environment.",
    "Search returns nothing for queries with an ampersand, e.g. 'Johnson & Johnson'. Searching 'Johnson Johnson' works.",
    "Feature request: let admins execute a saved query on a schedule instead of clicking Run every morning.",
    "We get an alert 'Disk usage above 90% on db-02' every night around 3am, then it drops back. I guess it's the backup writing to /mnt/backup before rsync moves it?",
    "I ran `sudo apt upgrade` and now nginx won't start: 'nginx: [emerg] unknown directive \"http2\" in /etc/nginx/sites-enabled/default:3'. Does the config need updating for the new version?",
    "Editing /etc/passwd by hand was a bad idea, lesson learned. Is there a way to restore the login shell for my user from the recovery console?",
    "The invoice PDF shows 'null' where the VAT number should be, but only for customers created before March.",
    "Two-factor codes are rejected if my phone's clock is off by more than 30 seconds. Could the window be a bit wider?",
    "In dark mode the text inside <code> blocks is black on dark grey and basically unreadable.",
    "When the file name has an apostrophe (O'Brien_contract.pdf) the upload succeeds but the download link returns 404.",
    "SELECT COUNT(*) on the audit_log table takes 12 seconds; we have about 80M rows. Is there a cheaper way to show the total in the UI?",
    "Import from Trello fails with 'Unexpected token < in JSON at position 0'. I think the endpoint returns an HTML error page instead of JSON.",
    "The webhook keeps retrying forever when our endpoint returns 410 Gone. Shouldn't it stop on 4xx responses?",
    "The timezone dropdown lists Europe/Kyiv twice, once as 'Kiev'. Minor, but confusing for our staff.",
    "After switching SELinux to enforcing, httpd can't read files under /srv/www. `ls -Z` shows the wrong context. Is restorecon -Rv /srv/www the right fix?",
    "PowerShell says 'running scripts is disabled on this system' when I try to run install.ps1. Which execution policy do you recommend for your installer?",
    "I accidentally deleted a project. Is there a trash or undo? It had around 300 notes in it.",
    "Docs typo: the 'Getting started' page uses --foramt json instead of --format json in the second example.",
    "Our SSO login loops back to /login?next=%2Fdashboard forever in Firefox with strict tracking protection enabled.",
    "The API returns timestamps like '2024-03-31T02:30:00' without an offset. During the DST switch we ended up with duplicates.",
    "Can't connect to MySQL from the container: ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2). It works from the host.",
    "Your CLI writes its cache to ~/.cache/yourtool and it's now 14 GB. Is there a command to prune it?",
    "The markdown renderer eats underscores in snake_case words like user_id_map when they aren't in backticks.",
    "Every time I open the settings page the console shows 'Uncaught TypeError: Cannot read properties of undefined (reading 'map')'.",
    "We hit the 100 MB attachment limit. Can you raise it for our org or do we need the enterprise plan?",
    "The kill switch for the feature flag doesn't seem to propagate; some pods keep serving the old behaviour for about 10 minutes.",
    "Embedding our dashboards in an iframe shows a blank page since you added X-Frame-Options: DENY. Can we allowlist our intranet domain?",
    "Table of contents links break when a heading contains a question mark, e.g. '## Why does the sync fail?'.",
    "Deleting a user in the admin panel returns 500. The log says 'update or delete on table \"users\" violates foreign key constraint \"notes_user_id_fkey\" on table \"notes\"'.",
    "The tag filter is supposed to be a union (OR) but behaves like an intersection: picking 'urgent' and 'billing' only shows notes that have both.",
    "Our backup job runs `pg_dump -Fc mydb > /backups/mydb.dump` and the file has been 0 bytes since Monday. The disk isn't full.",
    "The time picker lets me choose 24:00, which then saves as 00:00 on the previous day.",
    "Email templates: the {{first_name}} placeholder is rendered literally when a contact has no name. Could it fall back to 'there'?",
    "Windows Defender flags setup-2.3.0.exe as suspicious. Is the binary signed? Our IT won't allow it otherwise.",
    "Running the migration on Windows fails because C:\\Users\\Łukasz\\AppData\\Local\\Temp contains a non-ASCII character.",
    "The 'Exec summary' report is empty for Q3 even though the detailed report has data for every week.",
    "Sorting by 'Last modified' puts items without a date at the top. I'd expect them at the bottom.",
    "Is there a way to select all notes in a folder and move them at once? Shift+click only works within the visible page.",
    "After the Chrome 122 update, drag & drop of files onto the upload area no longer works; clicking 'Browse' still does.",
    "Our Redis instance is at 100% CPU and the app logs 'OOM command not allowed when used memory > maxmemory'. Is the eviction policy configurable on your managed plan?",
    "The API docs for DELETE /v2/notes/{id} say it returns 204, but we get 200 with an empty JSON object. Which one is correct?",
]

SUPPORT_PRODUCTS = ["the desktop app", "our self-hosted instance", "the Python SDK", "the Helm chart",
                    "the VS Code extension", "the Docker image", "the iOS app", "the CLI"]
SUPPORT_VERSIONS = [("3.8.2", "3.9.0"), ("1.14", "2.0"), ("v5.1.0", "v5.2.1"), ("22.04", "24.04"), ("0.9.7", "1.0.0-rc1")]
SUPPORT_SYMPTOMS = [
    "every request to /api/v1/export returns 500",
    "the sidebar <nav> overlaps the editor on small screens",
    "logs fill /var/log/syslog with 'connection reset by peer'",
    "the SELECT on the reports view takes 30 seconds instead of 2",
    "the config in /etc/myapp/config.yaml is ignored",
    "the 'Execute' button does nothing until I reload",
    "the <textarea> loses focus after every keystroke",
    "sleep mode on the laptop kills the sync and it never reconnects",
    "it can't read ~/.aws/credentials anymore",
    "environment variables from the .env file aren't picked up",
    "file uploads over 8 MB fail with 413 Request Entity Too Large",
    "the job scheduler runs every task twice",
    "the UNION view we built on top of your tables throws a type mismatch",
    "`docker compose up` exits with code 137",
    "the <img> previews are blank for HEIC photos",
]
SUPPORT_ASKS = [
    "Is this a known issue?", "Any workaround until a fix ships?", "Should I roll back?",
    "Happy to provide more logs.", "Thanks in advance!", "Let me know what else you need.",
    "This is blocking our release, so a quick answer would be appreciated.", "Is there a setting I missed?",
]


def gen_support():
    v1, v2 = pick(SUPPORT_VERSIONS)
    s = f"After upgrading {pick(SUPPORT_PRODUCTS)} from {v1} to {v2}, {pick(SUPPORT_SYMPTOMS)}. {pick(SUPPORT_ASKS)}"
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------------------
# shelldoc
# ---------------------------------------------------------------------------
SHELLDOC = [
    "sudo systemctl restart nginx && sudo systemctl status nginx --no-pager",
    r"find . -name '*.log' -mtime +7 -exec gzip {} \;",
    "find /var/log/myapp -type f -name '*.gz' -mtime +30 -print0 | xargs -0 rm -f",
    'docker run --rm -it -v "$PWD":/app -w /app node:20 npm test',
    "kubectl get pods -n kube-system -o wide | grep -v Running",
    "git log --oneline --graph --decorate --all | head -n 20",
    "awk -F: '$3 >= 1000 { print $1 }' /etc/passwd | sort",
    r"sudo sed -i 's/^#\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
    "curl -sS -H \"Authorization: Bearer $API_TOKEN\" -H 'Accept: application/json' 'https://api.example.com/v1/items?limit=50&page=2' | jq '.items[].id'",
    'export PATH="$HOME/.local/bin:$PATH"',
    "tar -czvf backup-$(date +%F).tar.gz /srv/data",
    "du -sh /var/lib/docker/* 2>/dev/null | sort -h | tail",
    "ps aux --sort=-%mem | head -n 10",
    "journalctl -u myapp.service --since '1 hour ago' -f",
    "Get-ChildItem -Path C:\\Logs -Filter *.log -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } | Remove-Item -WhatIf",
    "Get-Service | Where-Object { $_.Status -eq 'Running' } | Sort-Object DisplayName | Format-Table -AutoSize",
    "dir /s /b C:\\Projects\\*.csproj",
    "set PATH=%PATH%;C:\\Program Files\\Git\\bin",
    "ipconfig /flushdns",
    "netstat -ano | findstr :8080",
    "taskkill /PID 4120 /F",
    "ssh -L 5432:localhost:5432 deploy@bastion.example.com -N",
    "rsync -avz --delete --exclude '.git' ./site/ deploy@web01:/var/www/site/",
    "openssl req -x509 -newkey rsa:4096 -keyout key.pem -out cert.pem -days 365 -nodes -subj '/CN=localhost'",
    "openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null | openssl x509 -noout -dates",
    "crontab -l | grep -i backup",
    "chmod 700 ~/.ssh && chmod 600 ~/.ssh/id_ed25519",
    "sudo chown -R www-data:www-data /var/www/html/uploads",
    "ls -la /etc/nginx/sites-enabled/",
    "sudo nginx -t && sudo systemctl reload nginx",
    "kubectl logs deploy/api -c app --tail=100 -f",
    "kubectl exec -it deploy/api -- /bin/sh",
    "kubectl rollout undo deployment/web --to-revision=3",
    "helm upgrade --install myapp ./chart -f values.prod.yaml --set image.tag=1.4.2 --namespace prod",
    "docker compose up -d --build && docker compose logs -f web",
    "docker system prune -af --volumes",
    "git rebase -i HEAD~3",
    "git stash push -m 'wip: refactor parser' && git checkout main && git pull --rebase",
    "git config --global alias.lg \"log --graph --pretty=format:'%h %s (%cr) <%an>'\"",
    "python3 -m venv .venv && source .venv/bin/activate && pip install -r requirements.txt",
    "npm ci && npm run build -- --mode production",
    "grep -rn 'TODO' src/ --include='*.ts' | wc -l",
    'while read -r host; do echo "checking $host"; ping -c1 -W1 "$host" >/dev/null && echo up; done < hosts.txt',
    'for f in *.png; do convert "$f" -resize 50% "thumb_$f"; done',
    "echo 'export EDITOR=vim' >> ~/.bashrc && source ~/.bashrc",
    "awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
    "sleep 5; curl -fsS http://localhost:8080/health || exit 1",
    "nc -zv db.internal 5432",
    "dig +short TXT _dmarc.example.com",
    "sudo ufw allow 443/tcp && sudo ufw status verbose",
    "sudo certbot --nginx -d example.com -d www.example.com",
    "psql -h localhost -U app -d appdb -c 'SELECT version();'",
    "mysql -u root -p -e 'SHOW DATABASES;'",
    "mysqldump --single-transaction --routines shop > shop_$(date +%Y%m%d).sql",
    "redis-cli -h cache.local INFO memory | grep used_memory_human",
    "aws s3 sync ./dist s3://my-bucket/site --delete --cache-control max-age=3600",
    'az login && az account set --subscription "Production"',
    "gcloud compute instances list --filter='status=RUNNING' --format='table(name,zone,status)'",
    "terraform plan -out=tfplan && terraform apply tfplan",
    "ansible-playbook -i inventory/prod site.yml --limit web --check --diff",
    "xargs -n1 -P4 curl -sSO < urls.txt",
    "diff <(sort a.txt) <(sort b.txt)",
    "strace -f -e trace=open,openat -p 1234 2>&1 | grep '\\.conf'",
    "sudo lsof -i :3000",
    "ss -tlnp | grep 5432",
    "env | grep -i proxy",
    "$env:NODE_ENV = 'production'; npm start",
    "Invoke-WebRequest -Uri https://example.com/files/tool.zip -OutFile $env:TEMP\\tool.zip",
    "Test-NetConnection -ComputerName sql01 -Port 1433",
    "wsl --install -d Ubuntu-22.04",
    "choco install git nodejs-lts -y",
    "winget install --id Microsoft.PowerShell --source winget",
    "sc query wuauserv",
    "robocopy C:\\Data D:\\Backup\\Data /MIR /R:2 /W:5 /LOG:C:\\Logs\\robocopy.log",
    D("""
        $ ls -l /usr/local/bin | grep python
        lrwxrwxrwx 1 root root 9 Mar  2 10:11 python3 -> python3.11
    """),
    D("""
        # create a system user without a login shell
        sudo useradd --system --no-create-home --shell /usr/sbin/nologin prometheus
        sudo mkdir -p /etc/prometheus /var/lib/prometheus
        sudo chown prometheus:prometheus /var/lib/prometheus
    """),
    D("""
        NAME
            tail - output the last part of files

        SYNOPSIS
            tail [OPTION]... [FILE]...

        -n, --lines=[+]NUM
            output the last NUM lines, instead of the last 10
    """),
    "sed -n '/BEGIN CERTIFICATE/,/END CERTIFICATE/p' fullchain.pem > leaf.pem",
    "cut -d, -f2,5 users.csv | sort -t, -k2 -n | uniq",
]

DOCKER_IMAGES = ["postgres:16", "redis:7-alpine", "nginx:1.25", "mysql:8.0", "grafana/grafana:10.4.0",
                 "minio/minio:latest", "rabbitmq:3-management", "mongo:7"]
K8S_RES = ["pods", "svc", "deploy", "ingress", "pvc", "configmap", "nodes", "events"]
K8S_NS = ["default", "prod", "staging", "monitoring", "ingress-nginx", "cert-manager"]
GIT_CMDS = [
    "git cherry-pick -x {sha}", "git revert --no-edit {sha}", "git show --stat {sha}",
    "git bisect start && git bisect bad && git bisect good {sha}", "git tag -a v{ver} -m 'Release v{ver}' && git push origin v{ver}",
    "git push --force-with-lease origin feature/{branch}", "git switch -c feature/{branch} origin/main",
    "git diff --name-only main...feature/{branch}", "git log -p --follow -- src/{branch}.py",
]
BRANCHES = ["search-filters", "fix-login-redirect", "select-dropdown", "union-report", "drop-legacy-api", "sleep-timer"]


def gen_shelldoc():
    k = rng.randrange(3)
    if k == 0:
        img = pick(DOCKER_IMAGES)
        name = img.split("/")[-1].split(":")[0]
        port = {"postgres": 5432, "redis": 6379, "nginx": 80, "mysql": 3306, "grafana": 3000,
                "minio": 9000, "rabbitmq": 15672, "mongo": 27017}[name]
        env = {"postgres": ' -e POSTGRES_PASSWORD="$PGPASS"', "mysql": " -e MYSQL_ROOT_PASSWORD=changeme"}.get(name, "")
        return f"docker run -d --name {name}-dev -p {port}:{port}{env} -v {name}-data:/data --restart unless-stopped {img}"
    if k == 1:
        verb = pick(["get", "describe", "get", "delete"])
        res = pick(K8S_RES)
        ns = pick(K8S_NS)
        if verb == "get":
            extra = pick([" -o wide", " -o yaml", " --show-labels", " -w", " --sort-by=.metadata.creationTimestamp"])
            return f"kubectl {verb} {res} -n {ns}{extra}"
        if verb == "delete":
            return f"kubectl delete pod -n {ns} -l app=worker --field-selector=status.phase=Failed"
        return f"kubectl describe {res} -n {ns} | less"
    sha = "%07x" % rng.getrandbits(28)
    ver = f"{rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    return pick(GIT_CMDS).format(sha=sha, ver=ver, branch=pick(BRANCHES))


# ---------------------------------------------------------------------------
# markdown
# ---------------------------------------------------------------------------
MARKDOWN = [
    D("""
        ## Installation

        ```bash
        pip install notekeeper
        notekeeper init --path ~/notes
        ```

        Then open `~/notes/config.toml` and set `sync = true`.
    """),
    D("""
        # Changelog

        ## [2.4.0] - 2024-05-02
        ### Added
        - `--dry-run` flag for `sync`
        - Support for `SELECT ... FOR UPDATE SKIP LOCKED` in the job queue
        ### Fixed
        - Crash when the config path contains spaces (#381)
    """),
    D("""
        | Parameter | Type   | Default | Description                 |
        |-----------|--------|---------|-----------------------------|
        | `limit`   | int    | `20`    | Max items per page (<= 100) |
        | `sort`    | string | `-date` | Prefix with `-` for DESC    |
        | `q`       | string | —       | Full-text search query      |
    """),
    D("""
        **Steps to reproduce**
        1. Open *Settings → Integrations*
        2. Click **Connect** next to Slack
        3. Approve the OAuth screen

        **Expected:** redirect back to `/settings/integrations`
        **Actual:** blank page, console shows `TypeError: e is null`
    """),
    D("""
        ### What does this PR do?
        Replaces the hand-rolled SQL string building in `reports.py` with parameterized queries.

        - [x] tests added
        - [x] docs updated
        - [ ] changelog entry

        Closes #1207
    """),
    D("""
        ## Architecture

        ![High-level diagram](docs/img/architecture.png)

        Requests go through the gateway, then to the `api` service, which talks to Postgres and Redis.
        See [the design doc](https://wiki.example.com/design/notes-v2#storage) for details.
    """),
    "Quick tip: if `git status` is slow in a huge repo, try `git config core.untrackedCache true` and `git config core.fsmonitor true`.",
    D("""
        > **Note**
        > The `DROP TABLE` in migration `0042` is intentional; the data was moved to `archive.events` in `0041`.
    """),
    D("""
        ## Troubleshooting

        **`EACCES` when installing globally**

        Don't use `sudo npm install -g`. Instead set a user prefix:

        ```sh
        mkdir -p ~/.npm-global
        npm config set prefix '~/.npm-global'
        echo 'export PATH=~/.npm-global/bin:$PATH' >> ~/.profile
        ```
    """),
    D("""
        1. Stop the service: `sudo systemctl stop app`
        2. Back up `/etc/app/` and `/var/lib/app/`
        3. Install the new package
        4. Run `app migrate --check`, then `app migrate`
        5. Start the service again
    """),
    D("""
        ## Usage

        ```python
        from notekeeper import Client

        client = Client(token=os.environ["NK_TOKEN"])
        for note in client.notes.search("union station", limit=5):
            print(note.title)
        ```
    """),
    D("""
        # Meeting notes — 2024-02-14

        * Attendees: @anna, @rahul, @li.wei
        * Decided to **drop** support for Node 16 in v3
        * ~~Move to MongoDB~~ staying on Postgres
        * Action items:
          - [ ] Rahul: benchmark `SELECT` latency after the index change
          - [ ] Anna: update the onboarding doc
    """),
    D("""
        ```sql
        -- monthly active users
        SELECT date_trunc('month', created_at) AS month,
               COUNT(DISTINCT user_id) AS mau
        FROM events
        WHERE created_at >= now() - interval '12 months'
        GROUP BY 1
        ORDER BY 1;
        ```
    """),
    D("""
        ## Configuration

        Set these environment variables (see `.env.example`):

        - `DATABASE_URL` – e.g. `postgres://app:secret@localhost:5432/app`
        - `REDIS_URL` – defaults to `redis://localhost:6379/0`
        - `LOG_LEVEL` – one of `debug`, `info`, `warn`, `error`
    """),
    "The answer is in the [FAQ](https://docs.example.com/faq#why-is-my-export-empty) — exports skip archived items unless you pass `include_archived=true`.",
    D("""
        ### Keyboard shortcuts

        | Action          | macOS        | Windows/Linux |
        |-----------------|--------------|---------------|
        | Search          | `⌘ K`        | `Ctrl+K`      |
        | New note        | `⌘ N`        | `Ctrl+N`      |
        | Toggle sidebar  | `⌘ \\`        | `Ctrl+\\`      |
    """),
    D("""
        <details>
        <summary>Full error output</summary>

        ```
        npm ERR! code ERESOLVE
        npm ERR! ERESOLVE unable to resolve dependency tree
        npm ERR! peer react@"^17.0.0" from some-widget@2.1.0
        ```
        </details>
    """),
    D("""
        ## Running tests

        ```console
        $ make test
        $ pytest -k "not slow" -x --maxfail=3
        ```

        Integration tests need Docker; they start a throwaway Postgres via `docker compose -f compose.test.yml up -d`.
    """),
    "Heads up: the `<select>` element can't be styled consistently across browsers, which is why we ship our own `Listbox` component. See `src/components/Listbox.tsx`.",
    D("""
        # Contributing

        Thanks for your interest! Please:

        - open an issue before large changes
        - run `pre-commit run --all-files`
        - keep PRs small (< 400 lines if possible)
        - sign your commits (`git commit -s`)
    """),
    D("""
        ## FAQ

        **Q: Why does the script sleep for 30 s on startup?**
        A: It waits for the database to accept connections. Set `WAIT_FOR_DB=0` to skip.

        **Q: Can I run it on Windows?**
        A: Yes, via WSL2 or the native `.exe` from the [releases page](https://github.com/example/notekeeper/releases).
    """),
    D("""
        Release checklist:

        - [ ] bump version in `pyproject.toml`
        - [ ] `git tag -s vX.Y.Z`
        - [ ] `python -m build && twine upload dist/*`
        - [ ] announce in #releases
    """),
    D("""
        ```yaml
        # .github/workflows/ci.yml
        on: [push, pull_request]
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: make test
        ```
    """),
    "I'd suggest `COALESCE(nickname, first_name, 'friend')` instead of the nested `CASE WHEN` — same result, much easier to read.",
    D("""
        ## Known issues

        - On Safari < 16 the date input falls back to a plain text field.
        - Paths longer than 260 characters on Windows need `LongPathsEnabled` set in
          `HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem`.
        - `exec` format errors on ARM: use the `linux/arm64` image tag.
    """),
    D("""
        ### API

        `GET /v1/notes/{id}` → `200 OK`

        ```json
        {
          "id": "3f1c0a7e",
          "title": "Groceries",
          "tags": ["home", "weekly"]
        }
        ```
    """),
    D("""
        # Recipe: Grandma's apple pie 🥧

        ## Ingredients
        - 6 apples (Granny Smith)
        - 200 g butter
        - 1 tsp cinnamon

        ## Steps
        1. Preheat oven to **180 °C**
        2. Bake for ~45 min
    """),
    D("""
        > Does this work with MariaDB?

        Yes, as long as it's 10.5+. Older versions don't support `RETURNING` on `INSERT`, so you'll need `--compat=mysql57`.
    """),
    D("""
        ## Deploying

        ```bash
        export KUBECONFIG=~/.kube/prod.yaml
        kubectl apply -k overlays/prod
        kubectl rollout status deploy/api -n prod --timeout=5m
        ```
    """),
]

MD_PROJECTS = ["tinyqueue", "fastnote", "logshipper", "pgsnap", "csvkit-lite", "httpmock", "tempo-cli", "shortlink"]
MD_LANG = [
    ("bash", "pip install {p}", "{p} --help"),
    ("bash", "npm install --save {p}", "npx {p} init"),
    ("bash", "cargo install {p}", "{p} --version"),
    ("bash", "go install github.com/example/{p}@latest", "{p} serve --port 8080"),
    ("powershell", "scoop install {p}", "{p}.exe --config $env:APPDATA\\{p}\\config.toml"),
    ("bash", "brew install {p}", "{p} doctor"),
]


def gen_markdown():
    p = pick(MD_PROJECTS)
    k = rng.randrange(3)
    if k == 0:
        lang, inst, run = pick(MD_LANG)
        return (f"# {p}\n\n![CI](https://github.com/example/{p}/actions/workflows/ci.yml/badge.svg)\n\n"
                f"A small tool for {pick(['queueing jobs', 'taking notes', 'shipping logs', 'snapshotting Postgres', 'filtering CSV files'])}.\n\n"
                f"## Install\n\n```{lang}\n{inst.format(p=p)}\n```\n\n## Quick start\n\n```{lang}\n{run.format(p=p)}\n```\n")
    if k == 1:
        maj, mnr = rng.randint(0, 3), rng.randint(0, 15)
        items = rng.sample([
            "- Fixed `select()` returning stale rows after reconnect",
            "- Dropped support for Python 3.7",
            "- Added `--exclude` glob option",
            "- `sleep` interval is now configurable via `POLL_INTERVAL`",
            "- Windows: paths like `C:\\Program Files\\...` are now quoted correctly",
            "- Docs: new section on running behind nginx",
            "- Bumped `requests` to `>=2.31,<3`",
        ], 3)
        return f"## {p} v{maj}.{mnr}.0\n\n" + "\n".join(items)
    rows = "\n".join(f"| `{o}` | {d} |" for o, d in rng.sample([
        ("--verbose", "More output"), ("--dry-run", "Show what would change"),
        ("--select <cols>", "Columns to keep, comma-separated"), ("--exec <cmd>", "Run a command per match"),
        ("--timeout <s>", "Give up after N seconds"), ("--config <path>", "Defaults to `~/.config/%s.toml`" % p)], 4))
    return f"### `{p}` options\n\n| Flag | Meaning |\n|------|---------|\n{rows}"


# ---------------------------------------------------------------------------
# code
# ---------------------------------------------------------------------------
CODE = [
    D('''
        def chunked(iterable, size):
            """Yield lists of `size` items."""
            buf = []
            for item in iterable:
                buf.append(item)
                if len(buf) == size:
                    yield buf
                    buf = []
            if buf:
                yield buf
    '''),
    D('''
        cur.execute(
            "SELECT id, email FROM users WHERE created_at > %s AND status = %s",
            (since, "active"),
        )
        rows = cur.fetchall()
    '''),
    D('''
        import subprocess
        result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        print(result.stdout.strip())
    '''),
    D('''
        const debounce = (fn, ms = 300) => {
          let t;
          return (...args) => {
            clearTimeout(t);
            t = setTimeout(() => fn(...args), ms);
          };
        };
    '''),
    D('''
        async function fetchNotes(page = 1) {
          const res = await fetch(`/api/v1/notes?page=${page}&limit=20`, {
            headers: { Accept: "application/json" },
          });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return res.json();
        }
    '''),
    D('''
        interface User {
          id: string;
          name: string;
          email?: string;
          roles: Array<"admin" | "editor" | "viewer">;
        }

        function isAdmin(u: User): boolean {
          return u.roles.includes("admin");
        }
    '''),
    D('''
        func handler(w http.ResponseWriter, r *http.Request) {
            q := r.URL.Query().Get("q")
            if q == "" {
                http.Error(w, "missing q", http.StatusBadRequest)
                return
            }
            w.Header().Set("Content-Type", "application/json")
            json.NewEncoder(w).Encode(map[string]string{"query": q})
        }
    '''),
    D('''
        ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
        defer cancel()
        row := db.QueryRowContext(ctx, "SELECT name FROM teams WHERE id = $1", id)
        if err := row.Scan(&name); err != nil {
            return fmt.Errorf("load team %d: %w", id, err)
        }
    '''),
    D('''
        fn parse_port(s: &str) -> Result<u16, std::num::ParseIntError> {
            s.trim().parse::<u16>()
        }

        fn main() {
            match parse_port("8080") {
                Ok(p) if p < 1024 => println!("privileged port {p}"),
                Ok(p) => println!("port {p}"),
                Err(e) => eprintln!("bad port: {e}"),
            }
        }
    '''),
    D('''
        impl<T: Display> fmt::Display for Wrapper<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "[{}]", self.0)
            }
        }
    '''),
    D('''
        public Optional<User> findByEmail(String email) {
            String sql = "SELECT * FROM users WHERE email = ?";
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setString(1, email);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        }
    '''),
    D('''
        List<String> names = users.stream()
            .filter(u -> u.getAge() >= 18 && u.isActive())
            .map(User::getName)
            .sorted()
            .collect(Collectors.toList());
    '''),
    D('''
        var cutoff = DateTime.UtcNow.AddDays(-30);
        var stale = await db.Sessions
            .Where(s => s.LastSeen < cutoff)
            .OrderBy(s => s.LastSeen)
            .ToListAsync();
    '''),
    D('''
        [HttpGet("{id:int}")]
        public async Task<ActionResult<NoteDto>> Get(int id)
        {
            var note = await _repo.FindAsync(id);
            return note is null ? NotFound() : Ok(note);
        }
    '''),
    D('''
        <?php
        $stmt = $pdo->prepare('SELECT id, title FROM posts WHERE author_id = :author ORDER BY created_at DESC LIMIT 10');
        $stmt->execute(['author' => $authorId]);
        foreach ($stmt->fetchAll(PDO::FETCH_ASSOC) as $row) {
            echo htmlspecialchars($row['title'], ENT_QUOTES, 'UTF-8'), "\\n";
        }
    '''),
    D('''
        class User < ApplicationRecord
          has_many :notes, dependent: :destroy
          validates :email, presence: true, uniqueness: { case_sensitive: false }
          scope :recent, -> { where("created_at > ?", 1.week.ago).order(created_at: :desc) }
        end
    '''),
    D('''
        %w[alpha beta gamma].each_with_index do |name, i|
          puts "#{i + 1}. #{name.capitalize}"
        end
    '''),
    D('''
        #!/usr/bin/env bash
        set -euo pipefail

        BACKUP_DIR="/var/backups/app"
        mkdir -p "$BACKUP_DIR"
        pg_dump -Fc "$DATABASE_URL" > "$BACKUP_DIR/app-$(date +%Y%m%d-%H%M).dump"
        find "$BACKUP_DIR" -name '*.dump' -mtime +14 -delete
    '''),
    D('''
        usage() {
          echo "Usage: $0 [-v] [-o output] input..." >&2
          exit 2
        }
        while getopts ":vo:" opt; do
          case $opt in
            v) VERBOSE=1 ;;
            o) OUT=$OPTARG ;;
            *) usage ;;
          esac
        done
    '''),
    D('''
        SELECT c.name, SUM(o.total) AS revenue
        FROM customers c
        JOIN orders o ON o.customer_id = c.id
        WHERE o.created_at BETWEEN '2024-01-01' AND '2024-03-31'
        GROUP BY c.name
        HAVING SUM(o.total) > 1000
        ORDER BY revenue DESC
        LIMIT 20;
    '''),
    D('''
        SELECT id, 'invoice' AS kind, created_at FROM invoices WHERE account_id = 42
        UNION ALL
        SELECT id, 'credit_note' AS kind, created_at FROM credit_notes WHERE account_id = 42
        ORDER BY created_at DESC;
    '''),
    D('''
        ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
        CREATE INDEX CONCURRENTLY idx_orders_shipped_at ON orders (shipped_at) WHERE shipped_at IS NOT NULL;
    '''),
    D('''
        WITH ranked AS (
          SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC) AS rn
          FROM logins
        )
        SELECT user_id, ip, created_at FROM ranked WHERE rn = 1;
    '''),
    D('''
        BEGIN;
        UPDATE accounts SET balance = balance - 100 WHERE id = 1;
        UPDATE accounts SET balance = balance + 100 WHERE id = 2;
        COMMIT;
    '''),
    D('''
        DROP TABLE IF EXISTS tmp_import;
        CREATE TEMP TABLE tmp_import (LIKE products INCLUDING DEFAULTS);
        COPY tmp_import FROM '/tmp/products.csv' WITH (FORMAT csv, HEADER true);
    '''),
    "SELECT pg_size_pretty(pg_total_relation_size('public.events'));",
    "SELECT pid, state, wait_event_type, query FROM pg_stat_activity WHERE state <> 'idle' ORDER BY query_start;",
    D('''
        <form action="/search" method="get" class="search">
          <label for="q">Search notes</label>
          <input id="q" name="q" type="search" placeholder="e.g. union station" autocomplete="off">
          <select name="scope">
            <option value="all" selected>All</option>
            <option value="mine">Mine</option>
          </select>
          <button type="submit">Go</button>
        </form>
    '''),
    D('''
        <nav aria-label="Breadcrumb">
          <ol>
            <li><a href="/">Home</a></li>
            <li><a href="/docs/">Docs</a></li>
            <li aria-current="page">Install</li>
          </ol>
        </nav>
    '''),
    D('''
        <picture>
          <source srcset="/img/hero.avif" type="image/avif">
          <img src="/img/hero.jpg" alt="Team photo at the 2023 offsite" width="1200" height="600" loading="lazy">
        </picture>
    '''),
    D('''
        .card {
          display: grid;
          grid-template-columns: 64px 1fr;
          gap: 0.75rem;
          padding: 1rem;
          border: 1px solid #e2e8f0;
          border-radius: 8px;
        }
        .card > img { width: 64px; height: 64px; object-fit: cover; }
        @media (max-width: 600px) { .card { grid-template-columns: 1fr; } }
    '''),
    D('''
        select:focus-visible,
        input:not([type="checkbox"]):focus-visible {
          outline: 2px solid var(--accent, #2563eb);
          outline-offset: 2px;
        }
    '''),
    D('''
        {% extends "base.html" %}
        {% block content %}
          <h1>{{ page.title | e }}</h1>
          <ul>
          {% for note in notes %}
            <li>{{ note.title }} <small>{{ note.created_at | date("Y-m-d") }}</small></li>
          {% else %}
            <li>No notes yet.</li>
          {% endfor %}
          </ul>
        {% endblock %}
    '''),
    D('''
        {{#if user}}
          <p>Welcome back, {{user.firstName}}!</p>
        {{else}}
          <a href="/login">Sign in</a>
        {{/if}}
        <ul>{{#each items}}<li>{{this.name}} – {{this.price}}</li>{{/each}}</ul>
    '''),
    D('''
        {{ range .Items }}
          <tr><td>{{ .Name }}</td><td>{{ printf "%.2f" .Price }}</td></tr>
        {{ else }}
          <tr><td colspan="2">empty</td></tr>
        {{ end }}
    '''),
    "In Jinja, `{{ value | default('n/a') }}` only kicks in when the variable is undefined; use `default('n/a', true)` to also replace empty strings.",
    r"^(?=.*[A-Z])(?=.*\d)[A-Za-z\d@$!%*?&]{12,}$",
    r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})\b",
    r"re.sub(r'\s+', ' ', text).strip()",
    r"const slug = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');",
    r"grep -E '^[0-9]{1,3}(\.[0-9]{1,3}){3}$' ips.txt",
    D('''
        import re
        EMAIL = re.compile(r"^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$")
        assert EMAIL.match("o.brien+test@example.co.uk")
    '''),
    D('''
        @app.get("/items/{item_id}")
        async def read_item(item_id: int, q: str | None = None):
            if item_id < 0:
                raise HTTPException(status_code=400, detail="item_id must be >= 0")
            return {"item_id": item_id, "q": q}
    '''),
    D('''
        with open("/etc/os-release") as fh:
            info = dict(line.rstrip().split("=", 1) for line in fh if "=" in line)
        print(info.get("PRETTY_NAME", "unknown").strip('"'))
    '''),
    D('''
        import asyncio

        async def main():
            await asyncio.sleep(1)
            results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)
            return [r for r in results if not isinstance(r, Exception)]

        asyncio.run(main())
    '''),
    "Don't use eval() for that, `ast.literal_eval(s)` parses '[1, 2, 3]' safely.",
    D('''
        df = pd.read_csv("sales.csv", parse_dates=["date"])
        monthly = df.groupby(df["date"].dt.to_period("M"))["amount"].sum()
        print(monthly.tail(6))
    '''),
    D('''
        useEffect(() => {
          const id = setInterval(() => setNow(Date.now()), 1000);
          return () => clearInterval(id);
        }, []);
    '''),
    D('''
        export default function Price({ amount, currency = "EUR" }: { amount: number; currency?: string }) {
          return <span className="price">{new Intl.NumberFormat("de-DE", { style: "currency", currency }).format(amount)}</span>;
        }
    '''),
    D('''
        document.querySelector("#menu-toggle").addEventListener("click", () => {
          document.body.classList.toggle("menu-open");
        });
    '''),
    "const isValid = x > 0 && x < 100 || allowOutOfRange;",
    "if (a <= b && b >= c) { swap(&a, &c); }",
    D('''
        #include <stdio.h>
        int main(int argc, char **argv) {
            for (int i = 1; i < argc; i++)
                printf("%d: %s\\n", i, argv[i]);
            return 0;
        }
    '''),
    D('''
        template <typename T>
        T clamp(T v, T lo, T hi) { return v < lo ? lo : (v > hi ? hi : v); }
    '''),
    D('''
        $ErrorActionPreference = 'Stop'
        $files = Get-ChildItem -Path $env:USERPROFILE\\Downloads -Filter *.iso
        foreach ($f in $files) { Write-Host "$($f.Name) - $([math]::Round($f.Length / 1GB, 2)) GB" }
    '''),
    D('''
        val users = listOf("Ann", "Bob", "Zoë")
        println(users.filter { it.length <= 3 }.joinToString(separator = ", "))
    '''),
    D('''
        let total = items.reduce((sum, { price, qty }) => sum + price * qty, 0);
        console.log(`Total: ${total.toFixed(2)} €`);
    '''),
    D('''
        type Result<T> = { ok: true; value: T } | { ok: false; error: string };
        const parse = (s: string): Result<number> =>
          Number.isNaN(+s) ? { ok: false, error: `not a number: ${s}` } : { ok: true, value: +s };
    '''),
]

SQL_TABLES = [("orders", ["id", "customer_id", "total", "status", "created_at"]),
              ("notes", ["id", "user_id", "title", "body", "updated_at"]),
              ("products", ["sku", "name", "price", "stock", "category"]),
              ("sessions", ["id", "user_id", "ip", "user_agent", "last_seen"]),
              ("tickets", ["id", "subject", "priority", "assignee", "opened_at"])]


def gen_code():
    t, cols = pick(SQL_TABLES)
    k = rng.randrange(4)
    sel = ", ".join(rng.sample(cols, 3))
    if k == 0:
        return f"SELECT {sel}\nFROM {t}\nWHERE {cols[-1]} >= NOW() - INTERVAL '{rng.randint(1, 90)} days'\nORDER BY {cols[-1]} DESC\nLIMIT {pick([10, 25, 50, 100])};"
    if k == 1:
        return f"SELECT {cols[1]}, COUNT(*) AS n FROM {t} GROUP BY {cols[1]} HAVING COUNT(*) > {rng.randint(2, 50)} ORDER BY n DESC;"
    if k == 2:
        return (f"rows = session.execute(\n    text(\"SELECT {sel} FROM {t} WHERE {cols[0]} = :id\"),\n"
                f"    {{\"id\": {cols[0]}}},\n).mappings().all()")
    return f"const {{ rows }} = await pool.query('SELECT {sel} FROM {t} WHERE {cols[1]} = $1 LIMIT $2', [{cols[1].split('_')[0]}Id, {rng.randint(5, 50)}]);"


# ---------------------------------------------------------------------------
# config
# ---------------------------------------------------------------------------
CONFIG = [
    D("""
        server {
            listen 443 ssl http2;
            server_name notes.example.com;

            ssl_certificate     /etc/letsencrypt/live/notes.example.com/fullchain.pem;
            ssl_certificate_key /etc/letsencrypt/live/notes.example.com/privkey.pem;

            location / {
                proxy_pass http://127.0.0.1:8000;
                proxy_set_header Host $host;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
            }
        }
    """),
    D("""
        location /static/ {
            alias /srv/app/static/;
            expires 30d;
            add_header Cache-Control "public, immutable";
        }
    """),
    D("""
        location ~* \\.(?:css|js|woff2?|svg|png|jpg)$ {
            try_files $uri =404;
            access_log off;
        }
    """),
    "client_max_body_size 25m;",
    D("""
        upstream api_backend {
            least_conn;
            server 10.0.1.11:8080 max_fails=3 fail_timeout=30s;
            server 10.0.1.12:8080 max_fails=3 fail_timeout=30s;
            keepalive 32;
        }
    """),
    D("""
        <VirtualHost *:80>
            ServerName www.example.org
            DocumentRoot /var/www/example
            <Directory /var/www/example>
                Options -Indexes +FollowSymLinks
                AllowOverride All
                Require all granted
            </Directory>
            ErrorLog ${APACHE_LOG_DIR}/example-error.log
            CustomLog ${APACHE_LOG_DIR}/example-access.log combined
        </VirtualHost>
    """),
    D("""
        RewriteEngine On
        RewriteCond %{HTTPS} off
        RewriteRule ^(.*)$ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]
    """),
    D("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          labels: {app: api}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: api
                  image: registry.example.com/api:1.8.3
                  ports: [{containerPort: 8080}]
                  envFrom:
                    - secretRef: {name: api-secrets}
                  resources:
                    requests: {cpu: 100m, memory: 256Mi}
                    limits: {memory: 512Mi}
    """),
    D("""
        livenessProbe:
          httpGet:
            path: /healthz
            port: 8080
          initialDelaySeconds: 10
          periodSeconds: 15
        readinessProbe:
          exec:
            command: ["sh", "-c", "pg_isready -h localhost -U app"]
    """),
    D("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            nginx.ingress.kubernetes.io/proxy-body-size: "20m"
            cert-manager.io/cluster-issuer: letsencrypt
        spec:
          tls: [{hosts: [app.example.com], secretName: web-tls}]
          rules:
            - host: app.example.com
              http:
                paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
    """),
    D("""
        name: CI
        on:
          push:
            branches: [main]
          pull_request:
        jobs:
          test:
            runs-on: ubuntu-latest
            services:
              postgres:
                image: postgres:16
                env: {POSTGRES_PASSWORD: postgres}
                ports: ["5432:5432"]
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with: {python-version: "3.12"}
              - run: pip install -r requirements-dev.txt
              - run: pytest -q
    """),
    D("""
        stages: [build, test, deploy]
        build:
          stage: build
          image: docker:24
          script:
            - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
            - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
        deploy:
          stage: deploy
          script: ["./scripts/deploy.sh production"]
          only: [main]
    """),
    D("""
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: ${DB_PASSWORD:-devpassword}
            volumes: ["pgdata:/var/lib/postgresql/data"]
          web:
            build: .
            depends_on: [db]
            ports: ["8000:8000"]
        volumes:
          pgdata:
    """),
    D("""
        [tool.poetry]
        name = "notekeeper"
        version = "0.7.1"
        description = "Notes with full-text search"
        authors = ["Dana O'Neil <dana@example.com>"]

        [tool.poetry.dependencies]
        python = ">=3.10,<3.13"
        sqlalchemy = "^2.0"
    """),
    D("""
        [package]
        name = "tinyqueue"
        version = "0.3.0"
        edition = "2021"

        [dependencies]
        tokio = { version = "1", features = ["full"] }
        serde = { version = "1.0", features = ["derive"] }
    """),
    D("""
        [database]
        host = localhost
        port = 5432
        name = app_prod
        ; read-only replica for reports
        replica_host = db-ro.internal

        [logging]
        level = INFO
        file = /var/log/app/app.log
    """),
    D("""
        # .env
        APP_ENV=production
        APP_DEBUG=false
        DATABASE_URL=postgres://app:change-me@db:5432/app
        REDIS_URL=redis://redis:6379/0
        MAIL_FROM="Support Team <support@example.com>"
        ALLOWED_HOSTS=example.com,www.example.com
    """),
    D("""
        FROM python:3.12-slim AS base
        ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
        WORKDIR /app
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \\
            && rm -rf /var/lib/apt/lists/*
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .
        USER 1000:1000
        EXPOSE 8000
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app.wsgi:application"]
    """),
    D("""
        FROM node:20-alpine AS build
        WORKDIR /src
        COPY package*.json ./
        RUN npm ci
        COPY . .
        RUN npm run build

        FROM nginx:1.25-alpine
        COPY --from=build /src/dist /usr/share/nginx/html
        HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
    """),
    D("""
        [Unit]
        Description=Notekeeper API
        After=network-online.target postgresql.service
        Wants=network-online.target

        [Service]
        User=notekeeper
        WorkingDirectory=/opt/notekeeper
        EnvironmentFile=/etc/notekeeper/env
        ExecStart=/opt/notekeeper/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 app:app
        ExecReload=/bin/kill -HUP $MAINPID
        Restart=on-failure
        RestartSec=5

        [Install]
        WantedBy=multi-user.target
    """),
    D("""
        [Unit]
        Description=Run the cleanup job daily

        [Timer]
        OnCalendar=*-*-* 03:15:00
        Persistent=true

        [Install]
        WantedBy=timers.target
    """),
    "0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
    "*/5 * * * * curl -fsS -m 10 --retry 3 https://hc-ping.example.com/3b2f7c1a > /dev/null",
    "30 2 * * 0 root find /tmp -type f -atime +7 -delete",
    "@reboot sleep 30 && /home/pi/bin/start-sensors.sh",
    D("""
        {
          "compilerOptions": {
            "target": "ES2022",
            "module": "ESNext",
            "moduleResolution": "bundler",
            "strict": true,
            "paths": { "@/*": ["./src/*"] }
          },
          "exclude": ["node_modules", "dist"]
        }
    """),
    D("""
        {
          "name": "notes-web",
          "private": true,
          "scripts": {
            "dev": "vite",
            "build": "tsc && vite build",
            "lint": "eslint . --ext .ts,.tsx",
            "test": "vitest run"
          },
          "engines": { "node": ">=18 <23" }
        }
    """),
    D("""
        <?xml version="1.0" encoding="UTF-8"?>
        <configuration>
          <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">
            <file>/var/log/app/app.log</file>
            <encoder><pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
          </appender>
          <root level="INFO"><appender-ref ref="FILE"/></root>
        </configuration>
    """),
    D("""
        <dependency>
          <groupId>org.postgresql</groupId>
          <artifactId>postgresql</artifactId>
          <version>42.7.3</version>
          <scope>runtime</scope>
        </dependency>
    """),
    D("""
        spring:
          datasource:
            url: jdbc:postgresql://db:5432/app?sslmode=require
            username: app
            password: ${DB_PASSWORD}
          jpa:
            hibernate:
              ddl-auto: validate
        server:
          port: 8080
    """),
    D("""
        [mysqld]
        bind-address = 127.0.0.1
        max_connections = 300
        innodb_buffer_pool_size = 4G
        slow_query_log = 1
        slow_query_log_file = /var/log/mysql/slow.log
        long_query_time = 1
    """),
    D("""
        # postgresql.conf
        shared_buffers = 2GB
        work_mem = 16MB
        max_wal_size = 4GB
        log_min_duration_statement = 500ms
        log_line_prefix = '%m [%p] %q%u@%d '
    """),
    D("""
        # pg_hba.conf
        # TYPE  DATABASE  USER  ADDRESS        METHOD
        local   all       all                  peer
        host    app       app   10.0.0.0/16    scram-sha-256
    """),
    D("""
        Host bastion
            HostName bastion.example.com
            User deploy
            IdentityFile ~/.ssh/id_ed25519
        Host db-*
            ProxyJump bastion
    """),
    D("""
        [user]
            name = Siobhán O'Sullivan
            email = siobhan@example.ie
        [alias]
            st = status -sb
            undo = reset --soft HEAD~1
        [pull]
            rebase = true
    """),
    D("""
        root = true

        [*]
        indent_style = space
        indent_size = 2
        end_of_line = lf
        insert_final_newline = true

        [*.py]
        indent_size = 4
    """),
    D("""
        # .gitignore
        node_modules/
        dist/
        .env
        *.log
        .DS_Store
        __pycache__/
    """),
    D("""
        global:
          scrape_interval: 15s
        scrape_configs:
          - job_name: node
            static_configs:
              - targets: ['10.0.1.11:9100', '10.0.1.12:9100']
        rule_files: ['/etc/prometheus/rules/*.yml']
    """),
    D("""
        groups:
          - name: disk
            rules:
              - alert: DiskAlmostFull
                expr: (node_filesystem_avail_bytes{mountpoint="/"} / node_filesystem_size_bytes{mountpoint="/"}) < 0.10
                for: 10m
                labels: {severity: warning}
                annotations:
                  summary: "Disk on {{ $labels.instance }} is above 90%"
    """),
    D("""
        127.0.0.1   localhost
        ::1         localhost
        10.0.2.15   dev.notes.local api.notes.local
    """),
    D("""
        Windows Registry Editor Version 5.00

        [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\FileSystem]
        "LongPathsEnabled"=dword:00000001
    """),
    D("""
        [supervisord]
        nodaemon=true

        [program:worker]
        command=/app/.venv/bin/celery -A app worker -l info --concurrency=4
        autorestart=true
        stdout_logfile=/dev/stdout
        stdout_logfile_maxbytes=0
    """),
    D("""
        /var/log/app/*.log {
            daily
            rotate 14
            compress
            delaycompress
            missingok
            notifempty
            postrotate
                systemctl kill -s USR1 app.service
            endscript
        }
    """),
    D("""
        {
          "editor.formatOnSave": true,
          "files.exclude": { "**/.git": true, "**/node_modules": true },
          "terminal.integrated.defaultProfile.windows": "PowerShell",
          "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python"
        }
    """),
]

CRON_TIMES = ["0 * * * *", "15 4 * * *", "*/10 * * * *", "0 6 * * 1-5", "45 23 * * 0", "0 0 1 * *", "5 */2 * * *"]
CRON_CMDS = [
    "/usr/bin/php /var/www/app/artisan schedule:run >> /dev/null 2>&1",
    "cd /srv/reports && ./.venv/bin/python generate.py --select weekly > /var/log/reports.log 2>&1",
    "/usr/sbin/logrotate /etc/logrotate.conf",
    "docker exec db pg_dump -U app app | gzip > /backups/app-$(date +\\%F).sql.gz",
    "certbot renew --quiet --deploy-hook 'systemctl reload nginx'",
    "/opt/scripts/cleanup_uploads.sh --older-than 30d",
    "rsync -a --delete /srv/data/ backup@nas.local:/volume1/data/",
]
ENV_KEYS = [("PORT", ["3000", "8080", "8000"]), ("LOG_LEVEL", ["debug", "info", "warn"]),
            ("SESSION_TIMEOUT", ["3600", "1800", "86400"]), ("FEATURE_SEARCH_V2", ["true", "false"]),
            ("S3_BUCKET", ["notes-uploads-prod", "notes-staging-assets"]), ("TZ", ["UTC", "Europe/Berlin", "America/New_York"]),
            ("SMTP_HOST", ["smtp.mailgun.org", "email-smtp.eu-west-1.amazonaws.com"]), ("WORKERS", ["2", "4", "8"]),
            ("CORS_ORIGINS", ["https://app.example.com,https://admin.example.com"]), ("SLEEP_BETWEEN_RETRIES_MS", ["250", "1000"])]


def gen_config():
    k = rng.randrange(3)
    if k == 0:
        return f"{pick(CRON_TIMES)} {pick(CRON_CMDS)}"
    if k == 1:
        return "\n".join(f"{key}={pick(vals)}" for key, vals in rng.sample(ENV_KEYS, rng.randint(3, 6)))
    path = pick(["/api/", "/admin/", "/uploads/", "/ws/", "/metrics"])
    port = pick([3000, 5000, 8000, 8080, 9090])
    body = [f"    proxy_pass http://127.0.0.1:{port};"]
    if path == "/ws/":
        body += ["    proxy_http_version 1.1;", "    proxy_set_header Upgrade $http_upgrade;",
                 '    proxy_set_header Connection "upgrade";']
    elif path in ("/admin/", "/metrics"):
        body = ["    allow 10.0.0.0/8;", "    deny all;"] + body
    else:
        body += [f"    proxy_read_timeout {pick([30, 60, 120])}s;", "    proxy_set_header X-Real-IP $remote_addr;"]
    return f"location {path} {{\n" + "\n".join(body) + "\n}"

# ---------------------------------------------------------------------------
# logs
# ---------------------------------------------------------------------------
LOGS = [
    D('''
        Traceback (most recent call last):
          File "/srv/app/manage.py", line 22, in <module>
            main()
          File "/srv/app/.venv/lib/python3.11/site-packages/django/db/backends/utils.py", line 89, in _execute
            return self.cursor.execute(sql, params)
        django.db.utils.ProgrammingError: relation "notes_note" does not exist
        LINE 1: SELECT "notes_note"."id", "notes_note"."title" FROM "notes_no...
                                                                    ^
    '''),
    D('''
        Traceback (most recent call last):
          File "sync.py", line 41, in <module>
            data = json.loads(resp.text)
          File "/usr/lib/python3.10/json/__init__.py", line 346, in loads
            return _default_decoder.decode(s)
        json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
    '''),
    D('''
        Traceback (most recent call last):
          File "/home/dev/proj/worker.py", line 88, in run
            time.sleep(self.interval)
        KeyboardInterrupt
    '''),
    D('''
        File "/app/utils.py", line 12
            print "done"
            ^^^^^^^^^^^^
        SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
    '''),
    "ModuleNotFoundError: No module named 'psycopg2'",
    "PermissionError: [Errno 13] Permission denied: '/var/lib/app/uploads/2024/03/avatar.png'",
    "FileNotFoundError: [Errno 2] No such file or directory: 'C:\\\\Users\\\\mkowalski\\\\Documents\\\\data\\\\input.csv'",
    D('''
        Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null
            at com.example.notes.service.NoteService.validate(NoteService.java:57)
            at com.example.notes.service.NoteService.create(NoteService.java:31)
            at com.example.notes.api.NoteController.post(NoteController.java:44)
    '''),
    D('''
        org.springframework.jdbc.BadSqlGrammarException: PreparedStatementCallback; bad SQL grammar [select id, title from note where owner_id = ? order by created desc]
        Caused by: org.postgresql.util.PSQLException: ERROR: column "created" does not exist
          Hint: Perhaps you meant to reference the column "note.created_at".
          Position: 51
    '''),
    D('''
        java.lang.OutOfMemoryError: Java heap space
            at java.base/java.util.Arrays.copyOf(Arrays.java:3537)
            at java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)
            at com.example.export.CsvWriter.write(CsvWriter.java:112)
    '''),
    "Caused by: java.net.ConnectException: Connection refused (Connection refused)\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
    "Uncaught TypeError: Cannot read properties of undefined (reading 'length')\n    at renderList (app.3f9a1c.js:1:20433)\n    at HTMLButtonElement.<anonymous> (app.3f9a1c.js:1:21877)",
    "Access to fetch at 'https://api.example.com/v1/notes' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    "Warning: Each child in a list should have a unique \"key\" prop.\n\nCheck the render method of `NoteList`. See https://reactjs.org/link/warning-keys for more information.",
    "Unhandled Promise Rejection: SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
    "GET https://cdn.example.com/fonts/inter-var.woff2 net::ERR_ABORTED 404 (Not Found)",
    "Mixed Content: The page at 'https://shop.example.com/checkout' was loaded over HTTPS, but requested an insecure image 'http://img.example.com/p/123.jpg'. This content should also be served over HTTPS.",
    "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'ORDER BY created_at DESC LIMIT 10' at line 3",
    "ERROR:  duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(anna.k@example.com) already exists.",
    "ORA-00942: table or view does not exist",
    "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'user_name' in 'field list'",
    "ERROR:  deadlock detected\nDETAIL:  Process 4711 waits for ShareLock on transaction 889123; blocked by process 4730.\nHINT:  See server log for query details.",
    "Msg 2627, Level 14, State 1, Line 3\nViolation of PRIMARY KEY constraint 'PK_Orders'. Cannot insert duplicate key in object 'dbo.Orders'. The duplicate key value is (10248).",
    "sqlite3.OperationalError: database is locked",
    "2024-03-11 09:14:02.117 UTC [2231] LOG:  duration: 5123.441 ms  statement: SELECT * FROM events WHERE payload->>'type' = 'click' ORDER BY ts DESC LIMIT 100",
    "2024/03/11 09:14:07 [error] 1187#1187: *55821 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.40, server: notes.example.com, request: \"GET /api/v1/notes HTTP/1.1\", upstream: \"http://127.0.0.1:8000/api/v1/notes\", host: \"notes.example.com\"",
    "2024/03/11 09:15:40 [warn] 1187#1187: *55990 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/07/0000000073 while reading upstream",
    "[Mon Mar 11 10:02:13.482911 2024] [php:error] [pid 3120] [client 198.51.100.23:50122] PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/includes/db.php:12",
    "[Mon Mar 11 10:05:44.000112 2024] [core:error] [pid 3188] (13)Permission denied: [client 198.51.100.23:50180] AH00035: access to /index.html denied (filesystem path '/home/web/public_html/index.html') because search permissions are missing on a component of the path",
    "Mar 11 03:00:01 web01 CRON[28811]: (root) CMD (test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily ))",
    "Mar 11 04:12:55 db01 kernel: [812344.120093] Out of memory: Killed process 4321 (java) total-vm:8123456kB, anon-rss:6100224kB, file-rss:0kB, shmem-rss:0kB, UID:1001",
    "Mar 11 06:25:03 web01 systemd[1]: Starting Daily apt upgrade and clean activities...",
    "Mar 11 08:41:17 web02 systemd[1]: myapp.service: Main process exited, code=exited, status=1/FAILURE",
    "Mar 11 08:41:17 web02 sudo[9921]:   alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/systemctl restart myapp",
    "level=error ts=2024-03-11T08:52:10.552Z caller=main.go:142 msg=\"failed to load config\" file=/etc/exporter/config.yml err=\"yaml: line 7: did not find expected key\"",
    "{\"timestamp\":\"2024-03-11T09:01:44.812Z\",\"level\":\"warn\",\"service\":\"billing\",\"msg\":\"retrying payment webhook\",\"attempt\":3,\"sleep_ms\":2000,\"order_id\":\"ord_8F2KQ\"}",
    "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.parseArgs(...)\n\t/home/dev/cli/main.go:48 +0x1d4\nmain.main()\n\t/home/dev/cli/main.go:17 +0x25",
    "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/config.rs:31:42\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    "npm ERR! code ENOENT\nnpm ERR! syscall open\nnpm ERR! path /home/runner/work/app/package.json\nnpm ERR! errno -2",
    "Error response from daemon: driver failed programming external connectivity on endpoint web (3c9e...): Bind for 0.0.0.0:80 failed: port is already allocated",
    "Warning  BackOff  2m (x14 over 5m)  kubelet  Back-off restarting failed container app in pod api-7d9f8b6c5-x2kqp_prod(6f1e...)",
    "fatal: unable to access 'https://github.com/example/repo.git/': SSL certificate problem: unable to get local issuer certificate",
    "System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Notes.Api.Services.TagService.GetDefault() in C:\\src\\Notes.Api\\Services\\TagService.cs:line 27",
    "PHP Warning:  Undefined array key \"page\" in /var/www/app/public/index.php on line 14",
    "ActiveRecord::StatementInvalid (PG::UndefinedTable: ERROR:  relation \"sessions\" does not exist\nLINE 1: SELECT \"sessions\".* FROM \"sessions\" WHERE \"sessions\".\"id\" = $1 LIMIT $2",
]

LOG_IPS_PREFIX = ["203.0.113.", "198.51.100.", "192.0.2.", "10.0.3.", "172.16.8."]
LOG_REQS = [
    ("GET", "/api/v1/notes?page=2&sort=-created_at", 200),
    ("GET", "/static/js/main.3f2a1c9e.js", 200),
    ("GET", "/search?q=union+station+opening+hours", 200),
    ("GET", "/blog/2023/10/how-we-select-a-database/", 200),
    ("GET", "/favicon.ico", 404),
    ("GET", "/robots.txt", 200),
    ("GET", "/products/red-running-shoes?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale", 200),
    ("POST", "/api/v1/notes", 201),
    ("PUT", "/api/v1/notes/8812", 200),
    ("DELETE", "/api/v1/notes/8812/attachments/3", 204),
    ("GET", "/docs/guide/drop-shadows-in-css", 200),
    ("GET", "/api/v1/users/me", 401),
    ("POST", "/login", 302),
    ("GET", "/healthz", 200),
    ("GET", "/images/avatars/o%27brien.png", 200),
    ("GET", "/search?q=sleep+apnea+script&lang=en", 200),
    ("GET", "/wiki/Special:Search?search=select+box+styling&go=Go", 200),
    ("GET", "/download/report-2024-Q1.pdf", 206),
    ("HEAD", "/", 200),
    ("GET", "/api/v2/orders?status=shipped&from=2024-03-01&to=2024-03-31", 200),
    ("OPTIONS", "/api/v1/notes", 204),
    ("GET", "/category/rock-%26-roll/", 200),
]
LOG_REFS = ["-", "https://www.google.com/", "https://notes.example.com/dashboard", "https://duckduckgo.com/",
            "https://news.ycombinator.com/item?id=39612345", "https://t.co/"]
LOG_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.31.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "okhttp/4.12.0",
    "kube-probe/1.29",
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gen_logs():
    ip = pick(LOG_IPS_PREFIX) + str(rng.randint(2, 254))
    ts = f"{rng.randint(1, 28):02d}/{pick(MONTHS)}/2024:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    method, path, status = pick(LOG_REQS)
    size = 0 if status in (204, 304) or method == "HEAD" else rng.randint(120, 250000)
    ref, ua = pick(LOG_REFS), pick(LOG_UAS)
    if rng.random() < 0.2:
        # syslog sshd style
        port = rng.randint(40000, 65000)
        host = pick(["web01", "web02", "bastion", "db01"])
        msg = pick([f"Accepted publickey for deploy from {ip} port {port} ssh2: ED25519 SHA256:{base64.b64encode(rng.randbytes(32)).decode().rstrip('=')}",
                    f"Connection closed by authenticating user git {ip} port {port} [preauth]",
                    f"pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)",
                    f"Received disconnect from {ip} port {port}:11: disconnected by user"])
        return f"{pick(MONTHS)} {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {host} sshd[{rng.randint(1000, 40000)}]: {msg}"
    return f'{ip} - - [{ts}] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'


# ---------------------------------------------------------------------------
# prose-multi
# ---------------------------------------------------------------------------
PROSE = [
    # German
    "Hab das Paket heute endlich bekommen – leider war der Karton eingedrückt 😕 Der Inhalt ist aber heil. 4 von 5 Sternen.",
    "Termin beim Zahnarzt am 14.03. um 9:30 Uhr nicht vergessen! Danach Brötchen holen.",
    "Super Restaurant, der Schweinebraten für 14,90 € war riesig. Nur die Bedienung war etwas „gestresst“.",
    "Weiß jemand, ob man die Fahrkarte auch noch im Zug kaufen kann? Die App stürzt ständig ab.",
    "Wir treffen uns Samstag am Hauptbahnhof, Gleis 7 – wer kommt mit? 🚆",
    # French
    "J'ai adoré ce livre ! L'histoire est un peu lente au début, mais la fin est magnifique. Je le recommande 📚",
    "Rappel : réunion des parents d'élèves jeudi 12 octobre à 18 h 30, salle polyvalente.",
    "Le café était « correct », sans plus. 3,50 € pour un expresso, c'est un peu cher pour le quartier.",
    "Quelqu'un sait si la piscine est ouverte le lundi de Pâques ?",
    "Merci beaucoup pour votre aide, tout fonctionne à nouveau ! Bonne journée 😊",
    # Spanish
    "¡Qué buena experiencia! El hotel estaba limpio, el personal fue muy amable y el desayuno valía la pena. Volveremos en verano ☀️",
    "¿Alguien sabe a qué hora abre la farmacia los domingos? Necesito ibuprofeno 😷",
    "Compré las zapatillas por 59,99 € en rebajas y a la semana se despegó la suela. No las recomiendo.",
    "Nota: pagar la luz antes del 5 de mayo y llamar al fontanero por lo del grifo.",
    "Mi abuela dice que el secreto de la tortilla es no tener prisa… y mucho aceite 😂",
    # Italian
    "Ordinato giovedì, arrivato sabato. Imballaggio perfetto, prodotto conforme alla descrizione. Consigliato!",
    "Qualcuno sa se il treno delle 7:45 per Bologna è stato cancellato? L'app non dice niente.",
    "Pizza buonissima, impasto leggero. L'unico difetto: 20 minuti d'attesa anche con la prenotazione.",
    "Domani c'è sciopero dei mezzi 🙄 meglio uscire presto.",
    "Grazie mille a tutti per gli auguri!! 🎂❤️",
    # Portuguese
    "Adorei o atendimento! A encomenda chegou antes do prazo e muito bem embalada. Nota 10 👏",
    "Alguém sabe se o posto de saúde atende sem marcação aos sábados?",
    "Paguei R$ 149,90 e o fone parou de funcionar em duas semanas. Decepcionado.",
    "Lembrete: levar o bolo pra festa da Ana às 16h, não esquecer as velas!",
    "Que saudade de Lisboa... pastéis de nata, o elétrico 28 e o pôr do sol no miradouro 🌅",
    # Dutch
    "Fijne winkel, vriendelijk personeel en ze hadden precies de maat die ik zocht. Wel jammer dat pinnen pas vanaf €5 kan.",
    "Weet iemand of de markt op Koningsdag ook doorgaat? 🧡",
    "Morgen fietsen we naar 't strand als het niet regent ☔️",
    "Pakketje is zoek volgens de bezorger, maar de tracking zegt 'afgeleverd'. Wat nu?",
    "Het boek was oké, maar het einde vond ik nogal voorspelbaar.",
    # Polish
    "Świetna obsługa, jedzenie pyszne, ceny rozsądne (obiad za 35 zł). Na pewno wrócimy!",
    "Czy ktoś wie, do której jest otwarta poczta w sobotę?",
    "Przypomnienie: zebranie wspólnoty w czwartek o 18:00, klatka B.",
    "Paczka przyszła uszkodzona, a sprzedawca nie odpowiada od tygodnia 😡",
    "Wszystkiego najlepszego z okazji urodzin, Kasiu! 🎉",
    # Turkish
    "Ürün çok güzel ama kargo biraz geç geldi. Yine de teşekkürler 🙏",
    "Yarın saat 10'da toplantı var, herkes gelebilir mi?",
    "Bu kafenin çayı harika, fiyatlar da uygun: çay 15 TL, simit 10 TL.",
    "İstanbul'da trafik yine berbat, köprüde bir saat bekledik 😩",
    "Doğum günün kutlu olsun canım arkadaşım! 🎂",
    # Russian
    "Заказ пришёл вовремя, всё работает. Единственное — инструкция только на английском.",
    "Кто-нибудь знает, работает ли поликлиника 8 марта?",
    "Купил чайник за 2 490 ₽, через месяц начал протекать. Не советую.",
    "Напоминание: в пятницу в 19:00 собираемся у Оли, каждый приносит что-нибудь к чаю 🍰",
    "«Мастер и Маргарита» — лучшая книга, которую я прочитал в этом году.",
    # Ukrainian
    "Дякую за швидку доставку! Все прийшло цілим і неушкодженим 💛💙",
    "Чи хтось знає, о котрій відчиняється ЦНАП у суботу?",
    "Нагадування: сплатити за інтернет до 10-го числа.",
    "Найсмачніший борщ у місті, рекомендую! Ціна — 120 грн за порцію.",
    "Завтра обіцяють дощ, тож пікнік переносимо на неділю.",
    # Greek
    "Πολύ καλό φαγητό και εξαιρετική εξυπηρέτηση! Θα ξαναέρθουμε σίγουρα.",
    "Ξέρει κανείς αν τα φαρμακεία είναι ανοιχτά την Κυριακή;",
    "Η παραγγελία έφτασε σε δύο μέρες, όλα τέλεια 👍",
    "Υπενθύμιση: ραντεβού στον γιατρό την Τρίτη στις 11:00.",
    "Ο καφές κοστίζει 4,50 € αλλά η θέα αξίζει κάθε λεπτό ☕",
    # Arabic
    "الخدمة ممتازة والتوصيل كان سريعاً جداً، شكراً لكم! 🌹",
    "هل يعرف أحد إذا كانت الصيدلية مفتوحة يوم الجمعة؟",
    "تذكير: اجتماع أولياء الأمور يوم الخميس الساعة ٦ مساءً.",
    "اشتريت الهاتف بـ 1200 ريال والبطارية ضعيفة جداً للأسف.",
    "كل عام وأنتم بخير، رمضان كريم 🌙",
    # Hebrew
    "שירות מעולה והאוכל היה טעים מאוד! בהחלט נחזור 😊",
    "מישהו יודע אם הדואר פתוח ביום שישי?",
    "תזכורת: לשלם את חשבון החשמל עד ה-15 לחודש.",
    "קניתי את האוזניות ב-299 ₪ והן מצוינות.",
    "שבת שלום לכולם! 🕯️",
    # Hindi
    "खाना बहुत स्वादिष्ट था और सेवा भी अच्छी थी। ज़रूर फिर आएँगे! 🙏",
    "क्या किसी को पता है कि रविवार को बैंक खुला रहता है?",
    "याद रखना: कल सुबह 10 बजे बिजली का बिल भरना है।",
    "मैंने यह फ़ोन ₹12,999 में खरीदा, कैमरा शानदार है।",
    "दीपावली की हार्दिक शुभकामनाएँ! 🪔",
    # Chinese
    "这家店的牛肉面太好吃了！价格也不贵，一碗才 28 元。强烈推荐 👍",
    "有人知道周末图书馆几点开门吗？",
    "提醒：周五下午三点开会，请大家准时参加。",
    "快递三天就到了，包装很好，客服态度也很好。",
    "“双十一”买的东西到现在还没发货，真无语😅",
    # Japanese
    "昨日のライブ最高でした！！また行きたい🎶",
    "駅前のカフェ、コーヒー１杯４５０円で静かで作業しやすいです。",
    "すみません、明日の会議は１４時からに変更になりました。",
    "商品は予定より早く届きました。梱包も丁寧で満足です☺️",
    "「また今度ね」って言ったけど、いつになるんだろう…",
    # Korean
    "배송이 정말 빨라요! 포장도 꼼꼼하고 제품도 만족스럽습니다 😊",
    "혹시 토요일에 우체국 여는지 아시는 분 계신가요?",
    "내일 오후 3시에 회의 있어요. 잊지 마세요!",
    "이 카페 아메리카노 4,500원인데 맛있어요 ☕",
    "생일 축하해!! 🎉 올해도 행복하자 ㅎㅎ",
    # Vietnamese
    "Quán này phở ngon lắm, giá chỉ 45.000đ một tô. Nhất định sẽ quay lại!",
    "Có ai biết bưu điện có mở cửa vào Chủ nhật không?",
    "Nhắc nhở: họp lớp vào thứ Bảy lúc 7 giờ tối nhé 😊",
    "Giao hàng nhanh, đóng gói cẩn thận, shop tư vấn nhiệt tình.",
    "Chúc mừng năm mới! An khang thịnh vượng 🧧",
    # Indonesian
    "Pengiriman cepat, barang sesuai deskripsi. Terima kasih, kak seller! 👍",
    "Ada yang tahu jam buka kantor pos hari Sabtu?",
    "Pengingat: bayar listrik sebelum tanggal 20 ya.",
    "Nasi gorengnya enak banget, cuma Rp 25.000. Wajib coba!",
    "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin 🙏",
    # extra
    "Tack för senast! Det var så mysigt, vi ses på midsommar 😊",
    "Objednávka dorazila včas, vše v pořádku. Doporučuji!",
    "อาหารอร่อยมาก บริการดีเยี่ยม จะกลับมาอีกแน่นอน 😋",
]


# ---------------------------------------------------------------------------
# chat
# ---------------------------------------------------------------------------
CHAT = [
    "lol that's exactly what happened to me :-) restarting fixed it",
    "> you said the build was green\nit was green on MY machine >_<",
    "@marco can you review #412 when you get a sec? <3",
    "OMG IT FINALLY WORKS!!!! thank you sooo much ^^",
    "if x<y && y>z then y is the biggest, right? or am I missing something :P",
    "a = b || c is just the JS way of saying 'use b unless it's falsy'",
    "50% off everything this weekend?? my wallet is crying",
    "Anyone read O'Reilly's book on Kubernetes? worth it?",
    "rock & roll will never die \\m/",
    "he's like 6' 2\" so the bike frame has to be at least 58cm",
    "drop me a line when you're back, we should grab lunch",
    "I'm gonna select the blue one, the red looks weird in daylight",
    "can't believe they dropped the Union Station stop from the bus route 😤",
    "exec meeting ran 2 hours over... send help",
    "<3 <3 <3 best team ever",
    "brb, need to sleep for like 12 hours",
    "the script for the school play is 40 pages?! my kid has 3 lines lol",
    "Red alert: the coffee machine is broken again ☕❌",
    "Who forgot their password AGAIN? :D jk, happened to me too",
    "1 < 2 < 3 is true in python, chained comparisons ftw",
    "#throwbackthursday to when we deployed on a Friday and everything was fine. said no one ever",
    "> Is it normal that it takes 10 min?\nyes, the first run downloads all the deps",
    "is it just me or is the site slow today? :/",
    "10/10 would recommend, 5 stars ★★★★★",
    "ok so 3 * (4 + 5) = 27, not 17, PEMDAS people!!",
    "she said \"we'll see\" which obviously means no 😂",
    "wait... you mean the WHOLE table got truncated in the report? or just the preview?",
    "guys pls stop posting memes in #general, use #random 🙏",
    "T_T I missed the concert",
    "^ this. 100% agree",
    "x >= 0 ? x : -x is basically abs(x)",
    "what's the diff between == and === again? I always forget",
    "new high score: 9,999 pts!!! 🎮",
    "prices went up ~15% since last year, ugh",
    "can someone explain the <> operator in SQL? is it the same as != ?",
    "my cat just walked over the keyboard and typed ;;;;;;;;''''''']]]]] lol",
    "@all standup moved to 10:15 today",
    "Is it 'rock 'n' roll' with two apostrophes or one?",
    "me: I'll just fix one bug\nalso me, 6 hours later: rewrote the whole auth module",
    "lmao the error message literally says 'something went wrong' thx very helpful",
    "--- edit: nvm, found it, typo in the config ---",
    "c'mon ref, that was NOT a foul!!!",
    "I'd rate it 4/5 - great sound, meh battery",
    "anyone up for pizza & a movie tonight? 🍕🎬",
    "the new update moved the settings button AGAIN >:(",
    "Happy Friday!! ٩(◕‿◕)۶",
    "(╯°□°)╯︵ ┻━┻ merge conflicts everywhere",
    "¯\\_(ツ)_/¯ works for me",
    "#TIL you can press Ctrl+Shift+T to reopen a closed tab",
    "Q: how many devs does it take to change a lightbulb? A: none, that's a hardware problem",
    "price drop alert!! the 27\" monitor is $199 now",
    "> > did anyone test on Safari?\n> nope\nI'll do it after lunch",
    "yo @sam_dev, you still on vim or did you switch to vscode :P",
    "\"It works on staging\" - famous last words",
    "is the meetup at 7 or 7:30?? the invite says both lol",
    "100% agree w/ @lena, let's not ship on friday",
    "C# or Java for a first job? asking for a friend ;)",
    "if (coffee == 0) { sleep(); } // my morning routine",
    "sorry for the ALL CAPS, my keyboard is stuck. NO I'M NOT ANGRY",
    "lol the select-all checkbox selects ALL 10,000 rows, not just the page",
    "got 87% on the quiz, the avg was 72% :)",
    "just hit 1k followers!!! ty everyone <3",
    "anyone know a good place for fish & chips near the station?",
    "bought the 3' x 5' flag but it's way bigger than I thought",
    "the fence is 4'6\" tall, does that need a permit?",
    "a || b && c — which one binds tighter? && right?",
    "Don't drop the ball on this one folks, deadline is Monday!",
    "ngl the union jack cake at the party was amazing 🇬🇧",
    "xD xD xD I can't breathe",
    "=^.^= kitty approves",
    "Good morning!!! ☀️ who's ready for Monday? ...nobody? ok",
    "lmk if 2pm <-> 3pm works, otherwise tmrw",
    "AT&T customer service put me on hold for 45 min -_-",
    "how is 0.1 + 0.2 != 0.3 ??? computers are weird",
    "the movie was 2h 45m... my back hurts >.<",
]

CHAT_NAMES = ["@jules", "@priya_k", "@tom", "@mei", "@oscar.dev", "@nat", "@ravi"]
CHAT_OPENERS = ["hey", "yo", "ok so", "quick q:", "ugh", "lol", "fyi", "ngl", "tbh"]
CHAT_BODIES = [
    "the demo crashed right when the CEO joined",
    "is the sale still 30% off or did it end yesterday?",
    "did you see the match last night?? 3-2 in extra time!!!",
    "can we move the sync to tomorrow, I'm swamped",
    "my build takes 14 min now, it used to be like 4",
    "who's bringing snacks to the retro",
    "rent went up 8% again, time to move",
    "I think x <= 10 should be x < 10, off by one again",
    "the select box on the signup page is cut off on my phone",
    "I'll drop the link in #resources",
]
CHAT_ENDS = [" :)", " :-(", " ^^", " :P", " <3", " >_<", "!!!", "???", " 😅", " 🙌", " xD", " ;-)", "", " #mondays"]


def gen_chat():
    s = f"{pick(CHAT_NAMES)} {pick(CHAT_OPENERS)} {pick(CHAT_BODIES)}{pick(CHAT_ENDS)}"
    if rng.random() < 0.2:
        s = s.upper()
    return s

# ---------------------------------------------------------------------------
# fields
# ---------------------------------------------------------------------------
F_NAMES = ["Seán O'Connor", "Mary-Jane D'Angelo", "Jean-Luc de la Fontaine", "Ana María García López",
           "Björn Ødegård", "Zoë O'Neill-Smith", "Chloé d'Arcy", "Vincent van der Berg", "Dr. Aisha Al-Rashid",
           "Nguyễn Văn An", "José dos Santos", "Patrick O'Brien Jr.", "Anneliese von Hohenberg", "Ludovica Dell'Acqua",
           "Kwame Mensah-Bonsu", "Siobhán Ní Bhriain", "Łukasz Wiśniewski", "Renée St. James", "Li Wei (李伟)",
           "Mohammed bin Salman Al-Farsi", "Ólafur Þórsson", "François-Xavier Le Gall", "Mc Donald, Ewan"]
F_ADDR = ["221B Baker Street, London NW1 6XE, United Kingdom", "Hauptstraße 12a, 10827 Berlin",
          "Apt #4B, 350 W 42nd St, New York, NY 10036", "Rue de l'Église 7, 1000 Bruxelles",
          "Calle de Alcalá, 48, 3º izq., 28014 Madrid", "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
          "P.O. Box 1234, Anchorage, AK 99501", "Flat 2/1, 17 O'Neill's Lane, Glasgow G12 8QQ",
          "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002", "Unit 5 / 88 George St, Sydney NSW 2000",
          "c/o Müller & Söhne GmbH, Industriestr. 3, 70565 Stuttgart", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"]
F_PHONES = ["+1 (415) 555-0132", "+44 20 7946 0958", "+49 30 1234567", "(02) 9876 5432", "+33 6 12 34 56 78",
            "+81-3-1234-5678", "0800 123 4567 ext. 204", "+1-202-555-0147;ext=12", "+91 98765 43210", "+380 44 123 45 67"]
F_DOMAINS = ["example.com", "example.org", "mail.example.net", "uni-example.de", "example.co.uk"]
F_FILES = ["Q3 report (final) v2.xlsx", "O'Reilly - Learning SQL.pdf", "IMG_20240311_142233.HEIC", "résumé_2024.docx",
           "invoice#4471.pdf", "backup-2024-03-11T02-00.tar.gz", "select_vs_union_notes.md", "Screenshot 2024-03-11 at 09.41.22.png",
           "drop-shadow-test.css", "passwd-reset-flow.drawio", "build & deploy.txt", "~$budget.xlsx"]
F_WIN = [r"C:\Users\{u}\Documents\Taxes\2023\receipts.pdf", r"C:\Program Files (x86)\Steam\steamapps\common",
         r"D:\Projects\notes-app\src\components\Select.tsx", r"\\fileserver\shared\Marketing\Q2 Campaign",
         r"C:\Windows\System32\drivers\etc\hosts", r"%APPDATA%\Code\User\settings.json", r"C:\Users\{u}\AppData\Local\Temp\setup.log"]
F_UNIX = ["/home/{u}/projects/notes/src/main.py", "/etc/nginx/nginx.conf", "/var/www/html/index.php",
          "~/Library/Application Support/Notekeeper/db.sqlite", "/usr/local/share/fonts/Inter-Regular.ttf",
          "/mnt/data/exports/2024-03/union_report.csv", "/opt/app/config/production.yml", "/tmp/tmp.x8Kd2LqP0a"]
F_USERS = ["jdoe", "anna.k", "mkowalski", "obrien", "li.wei", "zoe_oneill"]
SEMVER = [">=1.2 <2.0", "^3.4.1", "~2.0.0", ">=18.0.0 <21", "1.x || >=2.5.0", "*", "<=0.9.7", ">=4.0.0-beta.2 <4.1", "~=3.10", ">=2.31,<3"]
COLOURS = ["#1e90ff", "#FFF", "rgb(30, 144, 255)", "rgba(0,0,0,.5)", "hsl(210 100% 56% / 0.8)", "#2563eb80", "oklch(62% 0.19 259)", "rebeccapurple"]
COORDS = ["52.5200° N, 13.4050° E", "48.8566,2.3522", "-33.8688, 151.2093", "40°44'54.3\"N 73°59'08.4\"W", "35.6762, 139.6503", "geo:37.786971,-122.399677;u=35"]
DATES = ["2024-03-11", "11/03/2024", "03/11/2024", "11.03.2024", "March 11, 2024", "11 Mar 2024 14:05", "2024-03-11T14:05:00+01:00", "Mon, 11 Mar 2024 13:05:00 GMT", "Q1 2024", "1987-02-29?"]
COMPANIES = ["Procter & Gamble", "AT&T Inc.", "Ben & Jerry's", "Marks & Spencer plc", "L'Oréal S.A.", "Johnson & Johnson", "Barnes & Noble", "H&M Hennes & Mauritz AB"]
URL_PATHS = ["/search?q=red+shoes&size=42&sort=price_asc#results", "/docs/install?os=windows&arch=x64#prerequisites",
             "/products/123?ref=newsletter&utm_campaign=spring%2024", "/en-US/blog/select-vs-union/#comments",
             "/maps/place/Caf%C3%A9+Central/@48.2104,16.3655,17z", "/watch?v=dQw4w9WgXcQ&t=42s", "/u/o'brien?tab=repos",
             "/calendar?date=2024-03-11&view=week&tz=Europe%2FBerlin"]


def iban(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    check = 98 - int(num) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_fields():
    k = rng.randrange(22)
    u = pick(F_USERS)
    if k == 0:
        return pick(F_NAMES)
    if k == 1:
        return pick(F_ADDR)
    if k == 2:
        return pick(F_PHONES)
    if k == 3:
        local = pick(["jane.doe+newsletter", "o'brien.patrick", "zoe_oneill", "li.wei", "first.last", "info", "a.b-c"])
        return f"{local}@{pick(F_DOMAINS)}"
    if k == 4:
        host = pick(["https://www.example.com", "https://shop.example.org", "http://localhost:3000", "https://docs.example.net"])
        return host + pick(URL_PATHS)
    if k == 5:
        return pick(F_WIN).format(u=u)
    if k == 6:
        return pick(F_UNIX).format(u=u)
    if k == 7:
        return pick(F_FILES)
    if k == 8:
        return pick(DATES)
    if k == 9:
        return f"SKU-{rng.randint(1000, 9999)}-{pick(['BLK', 'WHT', 'RED', 'NAV'])}-{pick(['XS', 'S', 'M', 'L', 'XL'])}"
    if k == 10:
        return pick(["SUMMER-50OFF", "WELCOME10", "BF2024-XMAS", "FREESHIP", "SAVE$20", "VIP_2024_Q2", "SPRING%15"])
    if k == 11:
        c = pick(["DE", "FR", "NL", "GB"])
        if c == "DE":
            bban = "%08d%010d" % (rng.randint(10000000, 99999999), rng.randint(0, 9999999999))
        elif c == "FR":
            bban = "%05d%05d%011d%02d" % (rng.randint(10000, 99999), rng.randint(10000, 99999), rng.randint(0, 99999999999), rng.randint(0, 99))
        elif c == "NL":
            bban = pick(["ABNA", "INGB", "RABO"]) + "%010d" % rng.randint(0, 9999999999)
        else:
            bban = pick(["NWBK", "BARC", "LOYD"]) + "%06d%08d" % (rng.randint(0, 999999), rng.randint(0, 99999999))
        return iban(c, bban)
    if k == 12:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if k == 13:
        header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        payload = b64url(json.dumps({"sub": str(rng.randint(1000, 99999)), "name": pick(F_NAMES).split(" (")[0],
                                     "iat": 1710000000 + rng.randint(0, 999999)}, separators=(",", ":"), ensure_ascii=False).encode())
        return f"{header}.{payload}.{b64url(rng.randbytes(32))}"
    if k == 14:
        return base64.b64encode(rng.randbytes(rng.choice([24, 48, 96]))).decode()
    if k == 15:
        return pick(SEMVER)
    if k == 16:
        return pick(COLOURS)
    if k == 17:
        return pick(COORDS)
    if k == 18:
        return pick(COMPANIES)
    if k == 19:
        return pick(["DE123456789", "GB 123 4567 89", "FR40303265045", "ATU12345678"])  # VAT ids
    if k == 20:
        return pick(["@o_reilly_media", "#rock&roll", "user_name-42", "mr.o'neill", "__init__", "drop_table_fan"])
    return f"{pick(['1', '2', '3'])}' {rng.randint(0, 11)}\"" if rng.random() < 0.5 else f"{rng.randint(150, 200)} cm / {rng.randint(50, 100)} kg"


# ---------------------------------------------------------------------------
# science
# ---------------------------------------------------------------------------
SCIENCE = [
    r"\frac{a}{b} + \frac{c}{d} = \frac{ad + bc}{bd}",
    r"Let $x^2 + y^2 = r^2$; then the area of the disk is $\pi r^2$.",
    r"$$\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}$$",
    r"\sum_{i=1}^{n} i = \frac{n(n+1)}{2}",
    "For 0 < x < 1 we have x^2 < x, which is why squaring a probability makes it smaller.",
    "C6H12O6 + 6 O2 → 6 CO2 + 6 H2O",
    "2 H2 + O2 -> 2 H2O, ΔH = −483.6 kJ/mol",
    "NaCl (aq) + AgNO3 (aq) → AgCl (s) + NaNO3 (aq)",
    "pH = -log10[H+], so [H+] = 1e-7 mol/L gives pH 7",
    "=SUM(A1:A10)",
    "Why does =IF(B2>0,\"yes\",\"no\") return \"no\" when B2 contains the text '5'?",
    "=VLOOKUP(A2,Sheet2!$A:$C,3,FALSE)",
    "=INDEX(B:B, MATCH(MAX(C:C), C:C, 0))",
    "=COUNTIFS(A:A,\">=2024-01-01\",A:A,\"<2024-02-01\")",
    "=IFERROR(A2/B2, 0)",
    "=TEXT(A1,\"yyyy-mm-dd\") & \" - \" & B1",
    "p < 0.05 (two-tailed t-test, t(28) = 2.31)",
    "Mean = 12.4 ± 1.8 (SD), n = 32, 95% CI [11.8, 13.0]",
    "R² = 0.87, adjusted R² = 0.85, F(3, 96) = 213.4, p < .001",
    "The null hypothesis H0: μ1 = μ2 was rejected at α = 0.01.",
    "E = mc^2, with c ≈ 2.998 × 10^8 m/s",
    "F = G·m1·m2 / r²",
    "1 kWh = 3.6 MJ; 1 cal = 4.184 J",
    "The density of water at 4 °C is about 1000 kg/m³.",
    r"\begin{pmatrix} a & b \\ c & d \end{pmatrix}^{-1} = \frac{1}{ad-bc}\begin{pmatrix} d & -b \\ -c & a \end{pmatrix}",
    r"\lim_{x \to 0} \frac{\sin x}{x} = 1",
    "If |x - 3| < 2 then 1 < x < 5.",
    r"\forall \epsilon > 0 \, \exists \delta > 0 : |x - a| < \delta \implies |f(x) - f(a)| < \epsilon",
    "A ∪ B = {1, 2, 3, 4} and A ∩ B = {2}",
    "P(A ∪ B) = P(A) + P(B) − P(A ∩ B)",
    r"In relational algebra the selection σ_{age > 30}(Employees) keeps rows, while the projection π_{name}(Employees) keeps columns; $R \cup S$ is the union.",
    "The half-life of C-14 is 5,730 years; N(t) = N0 · e^(−λt).",
    "log(a·b) = log a + log b",
    "Sleep duration averaged 6.8 h (SD 1.1) in the intervention group vs 6.1 h in controls.",
    "Median household income rose 3.2% YoY while CPI was 4.1%.",
    "CH3COOH ⇌ CH3COO− + H+, Ka = 1.8 × 10^-5",
    "Ohm's law: V = I·R, so 12 V / 4 Ω = 3 A",
    "1 inch = 2.54 cm, 1 ft = 12 in = 30.48 cm",
    "=AVERAGEIF(C2:C100,\"<>0\")",
    "=SUMPRODUCT((A2:A50=\"North\")*(B2:B50>100)*C2:C50)",
    "In Google Sheets, =QUERY(A1:D100, \"select A, sum(D) where B > 10 group by A\", 1) gives totals per region.",
    "=ARRAYFORMULA(IF(A2:A=\"\",,B2:B*1.19))",
    "=DATEDIF(A2,TODAY(),\"y\") gives the age in whole years",
    r"$\mathbb{E}[X] = \sum_x x\,p(x)$ and $\mathrm{Var}(X) = \mathbb{E}[X^2] - (\mathbb{E}[X])^2$",
    "Cauchy–Schwarz: |⟨u,v⟩| ≤ ‖u‖·‖v‖",
    r"\nabla \cdot \mathbf{E} = \frac{\rho}{\varepsilon_0}",
    "T(n) = 2T(n/2) + O(n) ⇒ T(n) = O(n log n)",
    "Ca(OH)2 + CO2 → CaCO3↓ + H2O",
    "Fe2O3 + 3 CO → 2 Fe + 3 CO2 at around 1500 °C",
    "Dose: 5 mg/mL × 2.5 mL = 12.5 mg",
    "Cohen's d = 0.42, a small-to-medium effect.",
    "χ²(2, N = 150) = 8.47, p = .014",
    "Pearson's r = −0.63 between screen time and sleep quality (n = 211).",
    r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}",
    r"Euler's identity: $e^{i\pi} + 1 = 0$",
    "0.1 + 0.2 != 0.3 in IEEE 754 double precision; the sum is 0.30000000000000004.",
    "λ = c / f = 3×10^8 / 2.4×10^9 ≈ 0.125 m",
    r"\int_a^b f'(x)\,dx = f(b) - f(a)",
    r"Show that $\sqrt{2} \notin \mathbb{Q}$ by assuming $\sqrt{2} = p/q$ with $\gcd(p, q) = 1$.",
    r"The matrix $A$ is positive definite iff $x^T A x > 0$ for all $x \neq 0$.",
    "H2SO4 + 2 NaOH → Na2SO4 + 2 H2O",
    "KMnO4 solution, 0.02 M, 250 mL — store away from light.",
    "Boiling point of ethanol: 78.37 °C at 1 atm (101.325 kPa).",
    "The sample mean x̄ = 4.2 and s = 0.9, so SE = s/√n = 0.9/√25 = 0.18.",
    "Excel shows #DIV/0! for =B2/C2 when C2 is empty — wrap it in =IF(C2=0,\"\",B2/C2).",
    "=XLOOKUP(E2, A:A, C:C, \"not found\")",
    "=LET(x, A1*2, y, B1+3, x*y)",
]

SCI_UNITS = [("km", "mi", 0.621371), ("kg", "lb", 2.20462), ("L", "US gal", 0.264172), ("m", "ft", 3.28084),
             ("°C", "°F", None), ("kPa", "psi", 0.145038), ("km/h", "m/s", 1 / 3.6)]


def gen_science():
    k = rng.randrange(3)
    if k == 0:
        a, b, f = pick(SCI_UNITS)
        v = round(rng.uniform(1, 250), 1)
        r = v * 9 / 5 + 32 if f is None else v * f
        return f"{v} {a} ≈ {r:.2f} {b}"
    if k == 1:
        n = rng.randint(20, 400)
        m, sd = round(rng.uniform(1, 100), 2), round(rng.uniform(0.2, 15), 2)
        p = pick(["< .001", "= .012", "= .047", "= .21", "< .01"])
        return f"M = {m}, SD = {sd}, n = {n}; t({n - 1}) = {round(rng.uniform(0.5, 6), 2)}, p {p}"
    col = pick("ABCDEFG")
    lo, hi = rng.randint(1, 5), rng.randint(20, 500)
    fn = pick(["SUM", "AVERAGE", "MEDIAN", "STDEV.S", "MAX", "MIN", "COUNTA"])
    return pick([f"={fn}({col}{lo}:{col}{hi})",
                 f"=ROUND({fn}({col}{lo}:{col}{hi})/{rng.randint(2, 12)}, 2)",
                 f"=IF({col}{lo}>={rng.randint(10, 90)},\"pass\",\"fail\")",
                 f"=SUMIF({col}{lo}:{col}{hi},\">{rng.randint(1, 100)}\")"])


# ---------------------------------------------------------------------------
# assemble
# ---------------------------------------------------------------------------
CLASSES = [
    ("support", SUPPORT, gen_support),
    ("shelldoc", SHELLDOC, gen_shelldoc),
    ("markdown", MARKDOWN, gen_markdown),
    ("code", CODE, gen_code),
    ("config", CONFIG, gen_config),
    ("logs", LOGS, gen_logs),
    ("prose-multi", PROSE, None),
    ("chat", CHAT, gen_chat),
    ("fields", [], gen_fields),
    ("science", SCIENCE, gen_science),
]


def build():
    seen = set()
    records = []
    for cat, lits, gen in CLASSES:
        vals = []
        for v in lits:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        tries = 0
        while gen and len(vals) < TARGET and tries < 10000:
            tries += 1
            v = gen()
            if v not in seen:
                seen.add(v)
                vals.append(v)
        records.extend((cat, v) for v in vals)
    rng.shuffle(records)
    out = []
    for i, (cat, v) in enumerate(records, 1):
        assert 1 <= len(v) <= 1500, (cat, len(v), v[:80])
        out.append({"id": f"hb9-{i:05d}", "category": cat, "label": "benign", "value": v})
    return out


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
