#!/usr/bin/env python3
"""Write benign.jsonl: operations and infrastructure text a public API receives.

Support and ticketing systems, internal developer portals, incident trackers,
runbook wikis, paste/snippet services and CI webhooks all take operations
text as ordinary field values: shell procedures from runbooks, config file
fragments, Kubernetes/Helm/Terraform/Ansible/CI manifests, PowerShell and
batch lines, log lines and stack traces, postmortem prose, paths, URLs and
connection strings, DBA notes, alert texts and chat messages between
engineers.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (pipes, `;`, `&&`, `$(...)`,
`<(...)`, `{}`, `{{ ... }}`, `${...}`, `%VAR%`, `../`, absolute paths,
internal URLs, SQL statements, stack traces).  All credentials are
placeholders or fake.

Standard library only, deterministic (random.Random(2101)); running the
script twice gives the same bytes.
"""
import json
import random
from pathlib import Path

RNG = random.Random(2101)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def fill(cat, literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), n))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


def day():
    return "2024-%02d-%02d" % (RNG.randint(1, 12), RNG.randint(1, 28))


def hhmm():
    return "%02d:%02d" % (RNG.randint(0, 23), RNG.randint(0, 59))


# ---------------------------------------------------------------- shared pools
SERVICES = ["checkout", "cart", "search-api", "payments", "auth", "catalog", "notifier", "billing-worker",
            "image-resizer", "gateway", "ledger", "shipping", "pricing-sync", "mailer"]
NAMESPACES = ["payments", "search", "platform", "storefront", "data", "observability", "identity"]
HOSTS = ["web-01", "web-02", "web-03", "app-02", "db-primary", "db-replica-1", "cache-01", "es-01", "es-02",
         "lb-01", "build-01", "bastion", "kafka-2", "worker-07"]
INTERNAL_IPS = ["10.0.3.7", "10.0.4.12", "10.0.2.11", "10.0.2.12", "172.18.0.3", "10.20.1.40", "192.168.10.25",
                "10.0.12.5", "172.31.44.9"]
PEOPLE = ["okafor", "mgarcia", "ktanaka", "ilindqvist", "rsharma", "dpetrov", "aobrien", "lmuller",
          "fhaddad", "nkowalski", "ebyilmaz", "sdubois", "wzhang", "pferreira"]
TICKETS = ["OPS-%d" % n for n in (1182, 2231, 2307, 2415, 2590, 2711, 3004)] + ["INC-%d" % n for n in (481, 502, 517, 530)]
VERSIONS = ["2.14.2", "2.14.3", "2.15.0-rc.1", "3.0.1", "1.9.12", "4.2.0"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "ap-northeast-1", "sa-east-1"]


# ====================================================================== 1
def runbook_steps():
    lit = [
        'journalctl -u nginx --since "1 hour ago" | grep -i error | tail -n 50',
        'for f in /var/log/app/*.log.1; do gzip -9 "$f"; done',
        r'find /var/cache/thumbs -type f -mtime +14 -exec rm -f {} \;',
        'kubectl -n payments rollout restart deployment/checkout && kubectl -n payments rollout status deployment/checkout --timeout=120s',
        'docker ps --filter "status=exited" -q | xargs -r docker rm',
        'sudo systemctl daemon-reload && sudo systemctl restart billing-worker.service',
        "rsync -avz --delete --exclude '.git/' ./build/ deploy@web-03.internal:/srv/www/shop/",
        'tar -czf /backup/etc-$(date +%F).tar.gz /etc/nginx /etc/systemd/system',
        'diff <(kubectl get cm app-config -n staging -o yaml) <(kubectl get cm app-config -n prod -o yaml)',
        'psql -h db-primary.internal -U readonly -d orders -c "SELECT count(*) FROM orders WHERE created_at > now() - interval \'1 day\';"',
        'mysql -u report -p -h 10.0.4.12 shop -e "SHOW FULL PROCESSLIST;"',
        "while read host; do ssh -o ConnectTimeout=5 \"$host\" 'uptime'; done < hosts.txt",
        'git log --oneline --since="2 weeks ago" -- services/payments/ | wc -l',
        'ss -tlnp | grep \':5432\'',
        'du -sh /var/lib/docker/* 2>/dev/null | sort -h | tail',
        'openssl s_client -connect api.example.com:443 -servername api.example.com </dev/null 2>/dev/null | openssl x509 -noout -dates',
        "curl -fsS -o /dev/null -w '%{http_code} %{time_total}\\n' https://shop.example.com/healthz",
        "awk '{print $9}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head",
        "sed -i 's/^MaxRequestWorkers .*/MaxRequestWorkers 400/' /etc/apache2/mods-available/mpm_event.conf",
        'pg_dump -Fc -h localhost -U postgres shop > /backup/shop_$(date +%Y%m%d).dump',
        'pg_restore -d shop_staging --no-owner --clean --if-exists /backup/shop_20240611.dump',
        "redis-cli -h cache-01 --scan --pattern 'session:*' | head -n 20",
        'helm upgrade --install search ./charts/search -n search -f values-prod.yaml --set image.tag=2.14.3 --atomic --timeout 10m',
        'aws s3 sync s3://acme-build-artifacts/releases/2.14.3/ ./artifacts/ --exclude "*.map"',
        'ls -1t /srv/releases | tail -n +6 | xargs -I{} rm -rf /srv/releases/{}',
        'nohup ./reindex.sh --batch 500 > reindex.log 2>&1 &',
        "watch -n 5 'kubectl get pods -n search -o wide | grep -v Running'",
        "sudo -u postgres psql -c '\\l+'",
        'ps aux --sort=-%mem | head -n 15',
        'lsof -p $(pgrep -f gunicorn | head -1) | wc -l',
        "zcat /var/log/nginx/access.log.*.gz | grep ' 502 ' | awk '{print $7}' | sort | uniq -c | sort -rn | head -20",
        'ssh -J bastion.example.net admin@10.0.12.5',
        'export KUBECONFIG=~/.kube/config-prod; kubectl config use-context prod-eu',
        'gpg --decrypt secrets.env.gpg > .env && chmod 600 .env',
        'journalctl -k -b -1 | grep -i "out of memory"',
        "docker exec -it $(docker ps -qf name=api) sh -c 'env | sort | grep -v SECRET'",
        'kubectl get events -A --sort-by=.lastTimestamp | tail -30',
        "kubectl exec -n db deploy/pgbouncer -- psql -p 6432 -U pgbouncer pgbouncer -c 'SHOW POOLS;'",
        'git bisect start HEAD v2.13.0 && git bisect run make test-unit',
        "terraform plan -out=tfplan -var-file=prod.tfvars && terraform show -json tfplan | jq '.resource_changes | length'",
        "kubectl get pods -A -o json | jq -r '.items[] | select(.status.phase != \"Running\") | \"\\(.metadata.namespace)/\\(.metadata.name)\"'",
        "find . -name '*.orig' -print0 | xargs -0 rm -v",
        'comm -13 <(sort old_hosts.txt) <(sort new_hosts.txt) > added_hosts.txt',
        'while true; do curl -s -o /dev/null -w "%{http_code}\\n" http://localhost:8080/health; sleep 2; done',
        'for ns in $(kubectl get ns -o name | cut -d/ -f2); do echo "== $ns"; kubectl -n "$ns" get pdb; done',
        'git push origin --delete release/2.13 && git tag -d v2.13.0-rc.2',
        'cat /proc/$(pgrep -o nginx)/limits | grep "open files"',
        'openssl req -new -newkey rsa:2048 -nodes -keyout shop.key -out shop.csr -subj "/C=DE/O=Acme GmbH/CN=shop.example.com"',
        "#!/usr/bin/env bash\nset -euo pipefail\n\nNS=${1:-payments}\nfor d in $(kubectl -n \"$NS\" get deploy -o name); do\n  kubectl -n \"$NS\" rollout restart \"$d\"\n  kubectl -n \"$NS\" rollout status \"$d\" --timeout=300s || { echo \"rollout of $d failed\" >&2; exit 1; }\ndone",
        "1. Drain the node:\n   kubectl drain ip-10-0-3-17.eu-west-1.compute.internal --ignore-daemonsets --delete-emptydir-data\n2. Wait until `kubectl get pods -A -o wide | grep ip-10-0-3-17` shows only DaemonSet pods.\n3. Terminate the instance in the console (the ASG replaces it).\n4. Check the new node is Ready: `kubectl get nodes -l node.kubernetes.io/instance-type=m6i.xlarge`",
        "Schritt 3: Logrotate manuell anstoßen:\n  sudo logrotate -f /etc/logrotate.d/nginx\nDanach prüfen, ob /var/log/nginx/access.log wieder klein ist (ls -lh /var/log/nginx/).",
        "手順2: `systemctl status postgresql@15-main` で状態を確認してから `sudo pg_ctlcluster 15 main reload` を実行してください。",
        "Restore of a single table from last night's dump:\n  pg_restore -l /backup/shop_20240611.dump | grep 'TABLE DATA public invoices' > invoices.list\n  pg_restore -d shop_restore -L invoices.list /backup/shop_20240611.dump\nThen compare row counts with `SELECT count(*) FROM invoices;` on both sides before copying anything back.",
        'Paso 4: vaciar la caché de Varnish con `varnishadm "ban req.url ~ ^/catalogo/"` y comprobar con `curl -I https://tienda.example.es/catalogo/`.',
        'mysqldump --single-transaction --routines --triggers -h 10.0.4.12 -u backup -p shop | gzip > shop-$(date +%F).sql.gz',
        'certbot certonly --webroot -w /var/www/letsencrypt -d shop.example.com -d www.shop.example.com --dry-run',
        "getent passwd deploy && id deploy && sudo -l -U deploy",
        'ip -br addr; ip route; cat /etc/resolv.conf',
        'nc -zv db-primary.internal 5432',
        "git stash && git checkout hotfix/2.14.4 && git cherry-pick 4e1c2a9 && git push -u origin hotfix/2.14.4",
    ]
    tmpl = [
        lambda: 'kubectl logs -n %s deploy/%s --since=%dm | grep -E "%s"' % (pick(NAMESPACES), pick(SERVICES), pick([5, 15, 30, 60]), pick(["ERROR|FATAL", "timeout", "5[0-9]{2}", "OOMKilled", "connection refused"])),
        lambda: 'sudo systemctl restart %s.service && journalctl -u %s -n %d --no-pager' % ((pick(SERVICES),) * 2 + (pick([50, 100, 200]),)),
        lambda: "ssh %s 'df -h /var && du -sh /var/log/%s'" % (pick(HOSTS), pick(SERVICES)),
        lambda: 'kubectl -n %s scale deploy/%s --replicas=%d' % (pick(NAMESPACES), pick(SERVICES), RNG.randint(0, 12)),
        lambda: 'docker compose -f docker-compose.%s.yml up -d --no-deps --build %s' % (pick(["prod", "staging", "local"]), pick(SERVICES)),
        lambda: 'git checkout -b %s/%s-%s origin/main' % (pick(["fix", "feature", "chore"]), pick(TICKETS).lower(), pick(["timeout", "retry", "logrotate", "healthcheck", "tls"])),
        lambda: 'find /var/log/%s -name "*.gz" -mtime +%d -delete' % (pick(SERVICES), pick([7, 14, 30, 90])),
        lambda: 'for h in %s; do ssh "$h" "sudo systemctl is-active %s"; done' % (" ".join(RNG.sample(HOSTS, 3)), pick(SERVICES)),
    ]
    return fill("runbook-steps", lit, lambda: pick(tmpl)())


# ====================================================================== 2
def config_snippets():
    lit = [
        "location /api/ {\n    proxy_pass http://127.0.0.1:8081/;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_read_timeout 60s;\n}",
        "server {\n    listen 443 ssl http2;\n    server_name shop.example.com;\n    ssl_certificate /etc/letsencrypt/live/shop.example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem;\n    root /srv/www/shop/current/public;\n    index index.php;\n}",
        "try_files $uri $uri/ /index.php?$query_string;",
        "<VirtualHost *:80>\n    ServerName wiki.example.org\n    DocumentRoot /var/www/wiki\n    <Directory /var/www/wiki>\n        AllowOverride All\n        Require all granted\n    </Directory>\n    ErrorLog ${APACHE_LOG_DIR}/wiki_error.log\n    CustomLog ${APACHE_LOG_DIR}/wiki_access.log combined\n</VirtualHost>",
        "RewriteEngine On\nRewriteRule ^/?old-blog/(.*)$ https://blog.example.org/$1 [R=301,L]",
        "[Unit]\nDescription=Billing worker\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nUser=billing\nExecStart=/opt/billing/bin/worker --queue invoices\nRestart=on-failure\nRestartSec=5\nEnvironment=RUST_LOG=info\n\n[Install]\nWantedBy=multi-user.target",
        "*/15 * * * * /usr/local/bin/sync-prices.sh >> /var/log/sync-prices.log 2>&1",
        "30 2 * * * postgres pg_dump -Fc shop > /backup/shop_$(date +\\%u).dump",
        "deploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart shop-api.service, /usr/bin/systemctl status shop-api.service",
        "%ops ALL=(ALL:ALL) ALL\nDefaults:deploy !requiretty\nDefaults env_keep += \"http_proxy https_proxy no_proxy\"",
        "PermitRootLogin no\nPasswordAuthentication no\nAllowGroups ssh-users ops\nClientAliveInterval 300\nClientAliveCountMax 2",
        "Match User sftp-partner\n    ChrootDirectory /srv/sftp/%u\n    ForceCommand internal-sftp\n    AllowTcpForwarding no\n    X11Forwarding no",
        "/var/log/shop/*.log {\n    daily\n    rotate 14\n    compress\n    delaycompress\n    missingok\n    notifempty\n    create 0640 shop adm\n    postrotate\n        systemctl kill -s USR1 shop-api.service\n    endscript\n}",
        "127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n10.0.4.12 db-primary.internal db-primary\n10.0.3.7 es-01.internal es-01",
        "DATABASE_URL=postgres://app:<password>@db-primary.internal:5432/shop\nREDIS_URL=redis://cache-01:6379/0\nSECRET_KEY=change-me\nDEBUG=false\nALLOWED_HOSTS=shop.example.com,.example.com",
        "[mysqld]\ninnodb_buffer_pool_size = 12G\nmax_connections = 500\nslow_query_log = 1\nslow_query_log_file = /var/log/mysql/slow.log\nlong_query_time = 0.5",
        "[server]\nhost = \"0.0.0.0\"\nport = 8080\n\n[database]\nurl = \"postgres://localhost/app\"\npool_size = 20\n\n[log]\nlevel = \"info\"",
        "shared_preload_libraries = 'pg_stat_statements'\nlog_min_duration_statement = 250ms\nlog_line_prefix = '%m [%p] %q%u@%d '",
        "# TYPE  DATABASE  USER        ADDRESS        METHOD\nhost    all       all         10.0.0.0/16    scram-sha-256\nhostssl replication replicator 10.0.4.13/32   scram-sha-256",
        "backend api\n    balance roundrobin\n    option httpchk GET /healthz\n    http-check expect status 200\n    server api1 10.0.2.11:8080 check inter 2s fall 3 rise 2\n    server api2 10.0.2.12:8080 check inter 2s fall 3 rise 2",
        "maxmemory 2gb\nmaxmemory-policy allkeys-lru\nsave \"\"\nappendonly no",
        "Host bastion\n    HostName 203.0.113.10\n    User ops\n    IdentityFile ~/.ssh/id_ed25519\n\nHost 10.0.*\n    ProxyJump bastion\n    User ubuntu",
        "UUID=3f2a9c4e-71b0-4d2e-9a51-0c7e6b1d8f22 /srv/data ext4 defaults,noatime 0 2",
        "//fileserver/scans /mnt/scans cifs credentials=/etc/samba/creds-scans,uid=1000,gid=1000,iocharset=utf8 0 0",
        "upload_max_filesize = 64M\npost_max_size = 64M\nmemory_limit = 512M\nmax_execution_time = 120\ndate.timezone = Europe/Berlin",
        "if $programname == 'shop-api' then /var/log/shop/api.log\n& stop",
        "[sshd]\nenabled = true\nport = ssh\nmaxretry = 5\nfindtime = 10m\nbantime = 1h\nignoreip = 127.0.0.1/8 10.0.0.0/16",
        "[program:queue-worker]\ncommand=php /var/www/app/artisan queue:work --sleep=3 --tries=3\nnumprocs=4\nprocess_name=%(program_name)s_%(process_num)02d\nautostart=true\nautorestart=true\nstdout_logfile=/var/log/supervisor/queue-worker.log",
        "log_format timed '$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_time $upstream_response_time';",
        "add_header Content-Security-Policy \"default-src 'self'; img-src 'self' data: https://cdn.example.com; script-src 'self'; frame-ancestors 'none'\" always;",
        "<FilesMatch \"\\.(env|ini|log|sql)$\">\n    Require all denied\n</FilesMatch>",
        "ProxyPass /grafana/ http://127.0.0.1:3000/\nProxyPassReverse /grafana/ http://127.0.0.1:3000/\nProxyPreserveHost On",
        "sub vcl_recv {\n    if (req.url ~ \"^/admin\" || req.http.Cookie ~ \"sessionid\") {\n        return (pass);\n    }\n    unset req.http.Cookie;\n}",
        "vm.swappiness = 10\nfs.file-max = 2097152\nnet.core.somaxconn = 4096\nnet.ipv4.tcp_tw_reuse = 1",
        "elasticsearch  -  nofile  65535\nelasticsearch  -  memlock unlimited",
        "[url \"git@github.com:\"]\n\tinsteadOf = https://github.com/\n[pull]\n\trebase = true",
        "@acme:registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=${NPM_TOKEN}\nalways-auth=true",
        "[global]\nindex-url = https://pypi.internal.example/simple\ntrusted-host = pypi.internal.example\ntimeout = 60",
        "limit_req_zone $binary_remote_addr zone=api:10m rate=20r/s;\nlimit_req zone=api burst=40 nodelay;",
        "location ~* \\.(jpg|jpeg|png|webp|svg)$ {\n    expires 30d;\n    add_header Cache-Control \"public, immutable\";\n    access_log off;\n}",
        "upstream app {\n    least_conn;\n    server unix:/run/gunicorn.sock fail_timeout=0;\n    keepalive 32;\n}",
        "shop.example.com {\n    reverse_proxy localhost:3000\n    encode gzip zstd\n    log {\n        output file /var/log/caddy/shop.log\n    }\n}",
        "# Ne pas toucher : réglage validé par l'équipe DBA (ticket OPS-2231)\nwork_mem = 64MB\nmaintenance_work_mem = 1GB",
        "# Configuración del agente — no cambiar sin avisar a #infra\n[agent]\nintervalo = \"30s\"\nservidor = \"https://telemetria.example.es:8443\"",
        "[Timer]\nOnCalendar=*-*-* 02:30:00\nRandomizedDelaySec=15m\nPersistent=true\n\n[Install]\nWantedBy=timers.target",
        "[Service]\nExecStart=\nExecStart=/usr/bin/dockerd -H fd:// --data-root /srv/docker\nLimitNOFILE=1048576",
        "[client]\nuser = backup\npassword = <from-vault>\nhost = 127.0.0.1\n\n[mysqldump]\nquick\nmax_allowed_packet = 512M",
        "BASE dc=corp,dc=example,dc=com\nURI ldaps://ldap.corp.example.com\nTLS_CACERT /etc/ssl/certs/corp-ca.pem\nTLS_REQCERT demand",
        "[domain/corp.example.com]\nid_provider = ldap\nldap_uri = ldaps://ldap.corp.example.com\nldap_search_base = dc=corp,dc=example,dc=com\naccess_provider = ldap\nldap_access_filter = (&(objectClass=posixAccount)(memberOf=cn=ops,ou=groups,dc=corp,dc=example,dc=com))",
        "location = /robots.txt { access_log off; log_not_found off; }\nlocation = /favicon.ico { access_log off; log_not_found off; }",
        "map $http_upgrade $connection_upgrade {\n    default upgrade;\n    ''      close;\n}",
        "LoadModule headers_module modules/mod_headers.so\nHeader always set Strict-Transport-Security \"max-age=63072000; includeSubDomains\"",
        "# /etc/cron.d/certbot\n0 */12 * * * root test -x /usr/bin/certbot && perl -e 'sleep int(rand(43200))' && certbot -q renew",
        "[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\nPrivateKey = <server-private-key>\n\n[Peer]\n# laptop ktanaka\nPublicKey = <peer-public-key>\nAllowedIPs = 10.8.0.12/32",
        "zone \"corp.example.com\" {\n    type master;\n    file \"/etc/bind/db.corp.example.com\";\n    allow-transfer { 10.0.0.53; };\n};",
        "set $maintenance 0;\nif (-f /srv/www/shop/maintenance.flag) { set $maintenance 1; }\nif ($maintenance = 1) { return 503; }",
    ]
    tmpl = [
        lambda: "%d %s * * %s /usr/local/bin/%s >> /var/log/%s.log 2>&1" % (RNG.randint(0, 59), pick(["*", "*/2", "3", "22", "1-5"]), pick(["*", "1-5", "0", "6"]), pick(["cleanup.sh", "backup-db.sh", "rotate-keys.sh", "export-report.py", "warm-cache.sh"]), pick(SERVICES)),
        lambda: "%s   %s.internal %s" % (pick(INTERNAL_IPS), pick(HOSTS), pick(HOSTS)),
        lambda: "%s=%s" % (pick(["LOG_LEVEL", "WORKERS", "HTTP_PORT", "CACHE_TTL", "FEATURE_NEW_CHECKOUT", "TZ", "QUEUE_NAME"]), pick(["info", "debug", "8", "8080", "300", "true", "Europe/Berlin", "invoices"])),
        lambda: "location /%s/ {\n    proxy_pass http://%s:%d/;\n}" % (pick(SERVICES), pick(INTERNAL_IPS), pick([8080, 8081, 9000, 3000])),
        lambda: "%s = %s" % (pick(["net.ipv4.ip_local_port_range", "vm.max_map_count", "kernel.pid_max", "net.core.netdev_max_backlog"]), pick(["1024 65000", "262144", "4194304", "16384"])),
        lambda: "%s ALL=(root) NOPASSWD: /usr/bin/systemctl restart %s.service" % (pick(["deploy", "ci-runner", "%ops"]), pick(SERVICES)),
    ]
    return fill("config-snippets", lit, lambda: pick(tmpl)())


# ====================================================================== 3
def iac_manifests():
    lit = [
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\n  namespace: payments\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: checkout\n  template:\n    metadata:\n      labels:\n        app: checkout\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/payments/checkout:2.14.3\n          ports:\n            - containerPort: 8080\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080",
        "image: \"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\"",
        "metadata:\n  name: {{ include \"search.fullname\" . }}\n  labels:\n    {{- include \"search.labels\" . | nindent 4 }}",
        "{{- if .Values.ingress.enabled }}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ .Release.Name }}-web\n  annotations:\n    {{- toYaml .Values.ingress.annotations | nindent 4 }}\n{{- end }}",
        "env:\n{{- range $key, $val := .Values.env }}\n  - name: {{ $key }}\n    value: {{ $val | quote }}\n{{- end }}",
        "replicaCount: 2\nimage:\n  repository: registry.example.com/search/api\n  tag: \"\"\nresources:\n  requests:\n    cpu: 250m\n    memory: 512Mi\n  limits:\n    memory: 1Gi\ningress:\n  enabled: true\n  hosts:\n    - host: search.example.com\n      paths: [\"/\"]",
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n    build: .\n    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n    env_file: .env\nvolumes:\n  pgdata: {}",
        "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates tini && rm -rf /var/lib/apt/lists/*",
        "HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8080/health || exit 1",
        'ENTRYPOINT ["/usr/bin/tini", "--"]\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "-w", "4", "app.wsgi:application"]',
        "FROM node:20-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html",
        'resource "aws_s3_bucket" "logs" {\n  bucket = "${var.project}-logs-${var.env}"\n  tags   = local.common_tags\n}',
        'locals {\n  name        = "${var.app}-${terraform.workspace}"\n  common_tags = merge(var.tags, { Environment = var.env, ManagedBy = "terraform" })\n}',
        'variable "instance_type" {\n  type        = string\n  default     = "t3.medium"\n  description = "EC2 type for the worker ASG"\n}',
        'resource "aws_route53_record" "api" {\n  count   = var.create_dns ? 1 : 0\n  zone_id = data.aws_route53_zone.main.zone_id\n  name    = "api.${var.domain}"\n  type    = "CNAME"\n  ttl     = 300\n  records = [aws_lb.api.dns_name]\n}',
        'user_data = templatefile("${path.module}/user_data.sh.tpl", { env = var.env, cluster = aws_ecs_cluster.main.name })',
        'resource "aws_subnet" "private" {\n  for_each          = toset(var.zones)\n  vpc_id            = aws_vpc.main.id\n  availability_zone = each.key\n  cidr_block        = cidrsubnet(var.vpc_cidr, 4, index(var.zones, each.key))\n}',
        'data "aws_iam_policy_document" "read_artifacts" {\n  statement {\n    actions   = ["s3:GetObject", "s3:ListBucket"]\n    resources = [aws_s3_bucket.artifacts.arn, "${aws_s3_bucket.artifacts.arn}/*"]\n  }\n}',
        'output "db_endpoint" {\n  value     = aws_db_instance.main.endpoint\n  sensitive = false\n}',
        "- name: Install base packages\n  ansible.builtin.apt:\n    name: \"{{ item }}\"\n    state: present\n    update_cache: true\n  loop: \"{{ base_packages }}\"\n  when: ansible_os_family == \"Debian\"",
        "- name: Render nginx vhost\n  ansible.builtin.template:\n    src: vhost.conf.j2\n    dest: \"/etc/nginx/sites-available/{{ site_name }}.conf\"\n    owner: root\n    mode: \"0644\"\n  notify: reload nginx",
        "- name: Create app users\n  ansible.builtin.user:\n    name: \"{{ item.name }}\"\n    groups: \"{{ item.groups | join(',') }}\"\n    shell: /bin/bash\n  loop: \"{{ app_users }}\"\n  loop_control:\n    label: \"{{ item.name }}\"",
        "deploy_user: \"{{ lookup('ansible.builtin.env', 'DEPLOY_USER') | default('deploy', true) }}\"",
        "server_name {{ site_name }}{% if site_aliases %} {{ site_aliases | join(' ') }}{% endif %};",
        "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo \"Releasing ${{ github.ref_name }}\"\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
        "if: github.event_name == 'push' && startsWith(github.ref, 'refs/tags/v')",
        "- name: Cache pip\n  uses: actions/cache@v4\n  with:\n    path: ~/.cache/pip\n    key: ${{ runner.os }}-pip-${{ hashFiles('**/requirements*.txt') }}",
        "build:\n  stage: build\n  script:\n    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .\n    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\n  rules:\n    - if: '$CI_PIPELINE_SOURCE == \"merge_request_event\"'\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
        "stage('Package') {\n    steps {\n        sh \"mvn -B -DskipTests=${params.SKIP_TESTS} package\"\n        archiveArtifacts artifacts: 'target/*.jar', fingerprint: true\n    }\n}",
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\npatches:\n  - path: replicas.yaml\nimages:\n  - name: registry.example.com/shop/api\n    newTag: 2.14.3",
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: shop-prod\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://git.example.com/platform/deploy.git\n    path: apps/shop/overlays/prod\n    targetRevision: main\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: storefront\n  syncPolicy:\n    automated: {prune: true, selfHeal: true}",
        "dependencies:\n  - name: common\n    version: 0.4.x\n    repository: file://../../charts/common\n  - name: redis\n    version: 19.5.2\n    repository: oci://registry-1.docker.io/bitnamicharts",
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: es-http\nspec:\n  type: ClusterIP\n  selector:\n    app: elasticsearch\n  ports:\n    - name: http\n      port: 9200\n      targetPort: 9200",
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup-sessions\nspec:\n  schedule: \"17 3 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: cleanup\n              image: registry.example.com/tools/psql:16\n              command: [\"sh\", \"-c\", \"psql \\\"$DATABASE_URL\\\" -c 'DELETE FROM sessions WHERE expires_at < now()'\"]",
        "securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001\n  readOnlyRootFilesystem: true\n  allowPrivilegeEscalation: false\n  capabilities:\n    drop: [\"ALL\"]",
        "nginx.ingress.kubernetes.io/proxy-body-size: \"50m\"\nnginx.ingress.kubernetes.io/rewrite-target: /$2\ncert-manager.io/cluster-issuer: letsencrypt-prod",
        "volumeMounts:\n  - name: config\n    mountPath: /etc/app/config.yaml\n    subPath: config.yaml\n    readOnly: true\nvolumes:\n  - name: config\n    configMap:\n      name: app-config",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\nstringData:\n  username: app\n  password: <set-by-sealed-secrets>",
        "{{- $fullName := include \"api.fullname\" . -}}\n{{- range .Values.ingress.hosts }}\n  - host: {{ .host | quote }}\n{{- end }}",
        "{{ if eq .Values.env \"prod\" }}replicas: 6{{ else }}replicas: 1{{ end }}",
        "args:\n  - --metrics-bind-address=:8443\n  - --leader-elect\n  - --zap-log-level=info",
        "ARG VERSION=dev\nLABEL org.opencontainers.image.version=$VERSION\nENV PATH=\"/opt/app/bin:${PATH}\"",
        "COPY --chown=app:app ./config/ /etc/app/\nUSER app\nEXPOSE 8080",
        'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "~> 5.8"\n  name    = "${local.name}-vpc"\n  cidr    = "10.40.0.0/16"\n}',
        'lifecycle {\n  prevent_destroy = true\n  ignore_changes  = [tags["LastModifiedBy"]]\n}',
        "- hosts: webservers\n  become: true\n  serial: \"25%\"\n  tasks:\n    - name: Restart php-fpm one batch at a time\n      ansible.builtin.service:\n        name: php8.2-fpm\n        state: restarted",
        "- name: Wait for the app to answer\n  ansible.builtin.uri:\n    url: \"http://{{ inventory_hostname }}:8080/health\"\n    status_code: 200\n  register: health\n  retries: 10\n  delay: 6\n  until: health.status == 200",
        "matrix:\n  python: ['3.10', '3.11', '3.12']\n  os: [ubuntu-latest, windows-latest]\nruns-on: ${{ matrix.os }}",
        "concurrency:\n  group: deploy-${{ github.ref }}\n  cancel-in-progress: false",
        "steps:\n  - label: \":docker: build\"\n    command: \"make image TAG=$BUILDKITE_COMMIT\"\n    agents:\n      queue: docker",
        "kind: NetworkPolicy\napiVersion: networking.k8s.io/v1\nmetadata:\n  name: allow-from-gateway\nspec:\n  podSelector:\n    matchLabels: {app: payments}\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels: {kubernetes.io/metadata.name: gateway}",
        "# Werte für Staging – bitte nicht in prod verwenden\nreplicaCount: 1\nconfig:\n  zahlungsanbieter: sandbox\n  sprache: de-DE",
    ]
    tmpl = [
        lambda: "image: registry.example.com/%s/%s:%s" % (pick(NAMESPACES), pick(SERVICES), pick(VERSIONS)),
        lambda: "resources:\n  requests:\n    cpu: %dm\n    memory: %dMi\n  limits:\n    memory: %dMi" % (pick([100, 250, 500, 1000]), pick([128, 256, 512]), pick([512, 1024, 2048])),
        lambda: "{{ .Values.%s.%s | default \"%s\" }}" % (pick(["config", "global", "service", "db"]), pick(["host", "port", "logLevel", "timeout", "region"]), pick(["info", "8080", "30s", "eu-west-1", "localhost"])),
        lambda: 'variable "%s" {\n  type    = %s\n  default = %s\n}' % (pick(["replicas", "env", "zones", "enable_waf", "retention_days"]), pick(["number", "string", "bool", "list(string)"]), pick(["3", '"prod"', "true", '["a", "b"]', "30"])),
        lambda: "- name: %s\n  ansible.builtin.systemd:\n    name: %s\n    state: %s\n    enabled: true" % (pick(["Restart service", "Make sure service runs", "Reload unit"]), pick(SERVICES), pick(["restarted", "started", "reloaded"])),
        lambda: "- run: make %s ENV=${{ inputs.environment }} VERSION=${{ github.sha }}" % pick(["deploy", "migrate", "smoke-test", "publish"]),
        lambda: "%s: \"${%s}\"" % (pick(["DB_HOST", "REDIS_URL", "S3_BUCKET", "SENTRY_DSN"]), pick(["DB_HOST:-localhost", "REDIS_URL", "S3_BUCKET:?must be set", "SENTRY_DSN:-"])),
    ]
    return fill("iac-manifests", lit, lambda: pick(tmpl)())


# ====================================================================== 4
def windows_admin():
    lit = [
        r"Get-ChildItem -Path C:\inetpub\logs\LogFiles -Recurse -Filter *.log | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } | Remove-Item -WhatIf",
        "Get-Service -Name W3SVC, WAS | Restart-Service -Force",
        r"Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' | Select-Object ProductName, DisplayVersion, CurrentBuild",
        r"Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters' -Name SMB1 -Value 0 -Type DWord",
        r'icacls "D:\Shares\Finance" /grant "CORP\Finance-RW:(OI)(CI)M" /T',
        "net user svc_backup /domain",
        "net localgroup Administrators",
        r"robocopy \\fs01\projects D:\Archive\projects /MIR /Z /R:2 /W:5 /LOG:C:\Logs\robocopy-projects.log",
        "@echo off\r\nset LOGDIR=%ProgramData%\\Acme\\logs\r\nif not exist \"%LOGDIR%\" mkdir \"%LOGDIR%\"\r\nxcopy /E /Y \"%~dp0config\" \"%LOGDIR%\\..\\config\\\"",
        "for /f \"tokens=*\" %%i in ('dir /b *.bak') do del \"%%i\"",
        "Get-EventLog -LogName System -EntryType Error -Newest 50 | Format-Table TimeGenerated, Source, Message -AutoSize",
        "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625; StartTime=(Get-Date).AddHours(-2)} | Measure-Object",
        "Test-NetConnection -ComputerName sql01.corp.example.com -Port 1433",
        "Invoke-WebRequest -Uri https://intranet.example.com/health -UseBasicParsing | Select-Object StatusCode, StatusDescription",
        "Get-ADUser -Filter \"Department -eq 'Finance'\" -Properties LastLogonDate | Sort-Object LastLogonDate | Select-Object Name, LastLogonDate",
        "Get-ADGroupMember -Identity \"VPN-Users\" -Recursive | Select-Object -ExpandProperty SamAccountName",
        "Search-ADAccount -LockedOut | Unlock-ADAccount -WhatIf",
        r'schtasks /Create /SC DAILY /TN "Acme\Cleanup Temp" /TR "powershell.exe -NoProfile -File C:\Scripts\cleanup.ps1" /ST 02:00 /RU SYSTEM',
        'sc.exe config "AcmeAgent" start= delayed-auto',
        'netsh advfirewall firewall add rule name="Allow SQL 1433" dir=in action=allow protocol=TCP localport=1433 remoteip=10.20.0.0/16',
        "ipconfig /flushdns && nslookup intranet.corp.example.com",
        "wmic logicaldisk get caption,freespace,size",
        "Get-CimInstance Win32_OperatingSystem | Select-Object CSName, LastBootUpTime",
        "$cred = Get-Credential CORP\\adm_ktanaka; Enter-PSSession -ComputerName APP02 -Credential $cred",
        "Invoke-Command -ComputerName WEB01,WEB02 -ScriptBlock { iisreset /noforce }",
        'Import-Csv .\\new-hires.csv | ForEach-Object { New-ADUser -Name $_.Name -SamAccountName $_.Sam -Path "OU=Staff,DC=corp,DC=example,DC=com" -Enabled $false }',
        r"Get-Acl '\\fs01\share$\HR' | Format-List",
        "dism /online /cleanup-image /restorehealth\r\nsfc /scannow",
        r"Get-Content C:\ProgramData\Acme\agent.log -Tail 100 -Wait | Select-String -Pattern 'ERROR|WARN'",
        r"Compress-Archive -Path C:\Reports\2024-06\* -DestinationPath \\nas01\archive\reports-2024-06.zip",
        "$env:Path -split ';' | Where-Object { $_ -like '*Python*' }",
        r"[Environment]::SetEnvironmentVariable('JAVA_HOME', 'C:\Program Files\Eclipse Adoptium\jdk-17.0.11.9-hotspot', 'Machine')",
        r'reg query "HKCU\Software\Microsoft\Windows\CurrentVersion\Run"',
        r'reg add "HKLM\SOFTWARE\Policies\Google\Chrome" /v AutoUpdateCheckPeriodMinutes /t REG_DWORD /d 240 /f',
        "gpupdate /force && gpresult /r /scope computer",
        "certutil -store My",
        r"Get-ChildItem Cert:\LocalMachine\My | Where-Object { $_.NotAfter -lt (Get-Date).AddDays(30) } | Select-Object Subject, NotAfter, Thumbprint",
        r"New-PSDrive -Name S -PSProvider FileSystem -Root \\fs01\scans -Persist",
        r"net use Z: \\nas01\backup /user:CORP\svc_backup /persistent:no",
        'whoami /groups | findstr /i "admin"',
        'tasklist /FI "IMAGENAME eq w3wp.exe" /V',
        "taskkill /PID 4812 /F",
        "Get-Process | Sort-Object WS -Descending | Select-Object -First 10 Name, Id, @{n='WS(MB)';e={[math]::Round($_.WS/1MB,1)}}",
        "param(\n    [Parameter(Mandatory)] [string]$Server,\n    [int]$Days = 14\n)\ntry {\n    $limit = (Get-Date).AddDays(-$Days)\n    Get-ChildItem \"\\\\$Server\\d$\\Backups\" -Filter *.bak |\n        Where-Object LastWriteTime -lt $limit |\n        Remove-Item -Verbose\n} catch {\n    Write-Error \"Cleanup on $Server failed: $_\"\n    exit 1\n}",
        "Auf DC02 bitte `repadmin /replsummary` ausführen und das Ergebnis hier im Ticket anhängen.",
        'Get-MailboxStatistics -Identity "anna.mueller@example.com" | Select-Object DisplayName, ItemCount, TotalItemSize',
        "Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force; .\\Install-Agent.ps1 -Site FRA",
        "winget upgrade --all --silent --accept-source-agreements",
        "choco install 7zip notepadplusplus git -y",
        'wevtutil qe Application /q:"*[System[(Level=2)]]" /c:20 /f:text /rd:true',
        "Get-SmbShare | Where-Object Name -notlike '*$' | Select-Object Name, Path",
        "Get-ADComputer -Filter 'OperatingSystem -like \"*Server 2012*\"' -Properties OperatingSystem | Select-Object Name, OperatingSystem",
        r'pushd \\nas01\deploy\shop\2.14.3 && call install.cmd /quiet && popd',
        "if %ERRORLEVEL% NEQ 0 (\r\n    echo Backup failed with %ERRORLEVEL% >> %TEMP%\\backup.log\r\n    exit /b %ERRORLEVEL%\r\n)",
        r"Get-ChildItem -Path 'C:\Users\*\AppData\Local\Temp' -Recurse -ErrorAction SilentlyContinue | Measure-Object -Property Length -Sum",
        "Resolve-DnsName -Name _ldap._tcp.dc._msdcs.corp.example.com -Type SRV",
        "Get-NetTCPConnection -State Listen | Sort-Object LocalPort | Format-Table LocalAddress, LocalPort, OwningProcess",
        "Stop-Service -Name Spooler -Force; Set-Service -Name Spooler -StartupType Disabled",
        "Sur SRV-PRINT01 : lancer `Get-Printer | Where-Object PrinterStatus -ne 'Normal'` puis redémarrer le spouleur si besoin.",
        "Get-ScheduledTask -TaskPath '\\Acme\\' | Get-ScheduledTaskInfo | Select-Object TaskName, LastRunTime, LastTaskResult",
    ]
    shares = [r"\\fs01\projects", r"\\nas01\backup", r"\\fs02\home$", r"\\fs01\finance", r"\\nas01\scans"]
    tmpl = [
        lambda: r"robocopy %s D:\Mirror\%s /E /COPY:DAT /R:1 /W:1 /NP /LOG+:C:\Logs\robocopy-%s.log" % (pick(shares), pick(["projects", "home", "finance"]), day()),
        lambda: "Get-Service -ComputerName %s -Name %s | Select-Object Name, Status, StartType" % (pick(["WEB01", "APP02", "SQL01", "DC02", "PRINT01"]), pick(["W3SVC", "MSSQLSERVER", "Spooler", "AcmeAgent", "WinRM"])),
        lambda: r'icacls "%s" /grant "CORP\%s:(OI)(CI)%s"' % (pick([r"D:\Shares\HR", r"E:\Data\Projekte", r"D:\Shares\Scans", r"C:\inetpub\wwwroot\portal\App_Data"]), pick(["HR-RO", "Projekte-RW", "IIS_IUSRS", "svc_scan"]), pick(["R", "M", "RX"])),
        lambda: "Get-ADUser -Identity %s -Properties MemberOf, PasswordLastSet, LockedOut" % pick(["amueller", "ktanaka", "s.dubois", "j.garcia", "svc_sql", "o.okafor"]),
        lambda: r"Get-ChildItem 'HKLM:\SOFTWARE\%s' -Recurse | Select-Object Name" % pick([r"Acme\Agent", r"Microsoft\Windows\CurrentVersion\Uninstall", r"Policies\Microsoft\Windows\WindowsUpdate", r"WOW6432Node\Acme"]),
        lambda: "set %s=%s" % (pick(["BACKUP_DIR", "JAVA_OPTS", "SITE", "LOGFILE"]), pick([r"E:\Backup\%DATE:~-4%", "-Xmx2g -Dfile.encoding=UTF-8", "FRA", r"%TEMP%\deploy.log"])),
    ]
    return fill("windows-admin", lit, lambda: pick(tmpl)())


# ====================================================================== 5
def logs_and_errors():
    lit = [
        '192.0.2.45 - - [12/Jun/2024:09:14:02 +0000] "GET /api/v2/orders?page=3&per_page=50 HTTP/1.1" 200 18342 "https://shop.example.com/account/orders" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"',
        '2024/06/12 09:14:07 [error] 2231#2231: *88123 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 192.0.2.17, server: shop.example.com, request: "POST /api/checkout HTTP/2.0", upstream: "http://127.0.0.1:8081/api/checkout", host: "shop.example.com"',
        "[Wed Jun 12 09:20:11.482931 2024] [php:error] [pid 18231] [client 192.0.2.88:51234] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2187, referer: https://blog.example.org/wp-admin/edit.php",
        "Jun 12 03:12:44 web-03 CRON[41122]: (root) CMD (/usr/local/bin/sync-prices.sh >> /var/log/sync-prices.log 2>&1)",
        "Jun 12 03:12:45 web-03 sshd[41200]: Accepted publickey for deploy from 10.0.1.5 port 52144 ssh2: ED25519 SHA256:q7Xk2mN4pR8sT1vW3yZ5aB6cD9eF0gH2iJ4kL6mN8oP",
        "Jun 12 03:13:01 web-03 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart shop-api.service",
        "[2210334.118823] Out of memory: Killed process 18231 (java) total-vm:8123400kB, anon-rss:6120332kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12880kB oom_score_adj:0",
        "[   12.331201] EXT4-fs (nvme1n1p1): mounted filesystem with ordered data mode. Quota mode: none.",
        'java.lang.NullPointerException: Cannot invoke "com.acme.billing.Invoice.getTotal()" because "invoice" is null\n\tat com.acme.billing.InvoiceService.sum(InvoiceService.java:88)\n\tat com.acme.billing.InvoiceService.monthly(InvoiceService.java:61)\n\tat com.acme.billing.web.ReportController.get(ReportController.java:34)\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
        'Traceback (most recent call last):\n  File "/srv/app/worker.py", line 142, in run\n    payload = json.loads(msg.body)\n  File "/usr/lib/python3.11/json/__init__.py", line 346, in loads\n    return _default_decoder.decode(s)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6f1c2a]\n\ngoroutine 47 [running]:\nmain.(*Server).handleOrder(0xc0001a2000, {0x8c1e40, 0xc00041c0e0}, 0xc000512100)\n\t/src/cmd/api/orders.go:211 +0x2a\nnet/http.HandlerFunc.ServeHTTP(...)\n\t/usr/local/go/src/net/http/server.go:2166",
        "TypeError: Cannot read properties of undefined (reading 'map')\n    at renderList (/app/dist/server/render.js:41:18)\n    at async Promise.all (index 2)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "Error: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '127.0.0.1',\n  port: 6379\n}",
        "$ npm ci\nadded 1287 packages in 41s\n$ npm run build\n\n> shop@2.14.3 build\n> vite build\n\n✓ 812 modules transformed.\nerror during build:\n[vite]: Rollup failed to resolve import \"@acme/ui/Button\" from \"src/pages/Cart.tsx\".\nERROR: Job failed: exit code 1",
        "Step 7/12 : RUN pip install --no-cache-dir -r requirements.txt\n ---> Running in 3c1f0d2e9a11\nERROR: Could not find a version that satisfies the requirement torch==2.3.0+cu121 (from versions: 2.2.2, 2.3.0)\nThe command '/bin/sh -c pip install --no-cache-dir -r requirements.txt' returned a non-zero code: 1",
        "2024-06-12 09:31:02.118 UTC [77123] app@shop ERROR:  duplicate key value violates unique constraint \"orders_external_id_key\"\n2024-06-12 09:31:02.118 UTC [77123] app@shop DETAIL:  Key (external_id)=(PO-88123) already exists.\n2024-06-12 09:31:02.118 UTC [77123] app@shop STATEMENT:  INSERT INTO orders (external_id, customer_id, total) VALUES ($1, $2, $3)",
        "2024-06-12T09:40:11.223344Z 88 [Warning] [MY-010055] [Server] IP address '10.0.5.22' could not be resolved: Name or service not known",
        "Warning  BackOff  3m (x41 over 12m)  kubelet  Back-off restarting failed container api in pod api-7d9f8c6b5-x2kqz_payments(5c1e0a9b-2f4d-4e8a-b1c3-7d6e5f4a3b21)",
        'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "payments"',
        "docker: Error response from daemon: driver failed programming external connectivity on endpoint web (a1b2c3d4e5f6): Bind for 0.0.0.0:80 failed: port is already allocated.",
        "Jun 12 04:00:01 app-02 systemd[1]: billing-worker.service: Main process exited, code=exited, status=1/FAILURE\nJun 12 04:00:01 app-02 systemd[1]: billing-worker.service: Failed with result 'exit-code'.\nJun 12 04:00:06 app-02 systemd[1]: billing-worker.service: Scheduled restart job, restart counter is at 3.",
        '{"level":"error","ts":"2024-06-12T09:41:55.129Z","caller":"orders/handler.go:88","msg":"payment provider returned 502","order_id":"ORD-20240612-8812","latency_ms":30012,"provider":"payflow"}',
        'time=2024-06-12T09:42:00Z level=warn msg="slow query" duration=2.41s query="SELECT * FROM products WHERE category_id = $1 ORDER BY updated_at DESC LIMIT 50"',
        "[2024-06-12T09:50:01,123][WARN ][o.e.c.r.a.DiskThresholdMonitor] [es-01] high disk watermark [90%] exceeded on [Yx2kq9TRS0aL1bC3dE4fGh][es-02][/var/lib/elasticsearch] free: 18.2gb[8.9%], shards will be relocated away from this node",
        "2024-06-12 09:51:13,442 INFO  [http-nio-8080-exec-7] c.a.s.web.OrderController - GET /orders/8812 completed in 38 ms",
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [fk_order_customer]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement",
        'django.db.utils.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host "db" (172.18.0.3) and accepting\n\tTCP/IP connections on port 5432?',
        "System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Acme.Portal.Services.ReportService.GetLatest() in D:\\a\\1\\s\\src\\Portal\\Services\\ReportService.cs:line 57\n   at Acme.Portal.Controllers.HomeController.Index() in D:\\a\\1\\s\\src\\Portal\\Controllers\\HomeController.cs:line 22",
        "PHP Warning:  include(/var/www/app/config/local.php): Failed to open stream: No such file or directory in /var/www/app/bootstrap.php on line 12",
        "The Acme Agent service terminated unexpectedly. It has done this 3 time(s). The following corrective action will be taken in 60000 milliseconds: Restart the service.",
        'Jun 12 10:01:22 lb-01 haproxy[1201]: 192.0.2.201:61223 [12/Jun/2024:10:01:22.118] https~ api/api2 0/0/1/412/413 200 2211 - - ---- 812/810/33/16/0 0/0 "GET /api/v2/products?q=rain%20jacket&sort=price HTTP/1.1"',
        '10.0.0.12 - - [12/Jun/2024:10:02:00 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
        '192.0.2.130 - - [12/Jun/2024:10:02:14 +0000] "GET /sitemap.xml HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"',
        '10.0.1.5 - deploy [12/Jun/2024:10:03:40 +0000] "PUT /v2/shop/api/manifests/2.14.3 HTTP/1.1" 201 0 "-" "docker/26.1.4 go/go1.21.11 git-commit/de5c9cf kernel/6.5.0-1022-aws os/linux arch/amd64"',
        'Error: creating S3 Bucket (acme-logs-prod): BucketAlreadyOwnedByYou: Your previous request to create the named bucket succeeded and you already own it.\n\n  with aws_s3_bucket.logs,\n  on main.tf line 12, in resource "aws_s3_bucket" "logs":\n  12: resource "aws_s3_bucket" "logs" {',
        'fatal: [web-02]: FAILED! => {"changed": false, "msg": "Unable to start service nginx: Job for nginx.service failed because the control process exited with error code.\\nSee \\"systemctl status nginx.service\\" and \\"journalctl -xeu nginx.service\\" for details.\\n"}',
        'nginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/sites-enabled/shop.conf:14\nnginx: configuration file /etc/nginx/nginx.conf test failed',
        "thread 'tokio-runtime-worker' panicked at src/ingest.rs:77:41:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 24, kind: Uncategorized, message: \"Too many open files\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
        'ActiveRecord::StatementInvalid (PG::UndefinedColumn: ERROR:  column users.last_seen_at does not exist\nLINE 1: SELECT "users".* FROM "users" WHERE "users"."last_seen_at" > $1 ORDER BY "users"."id" ASC LIMIT $2\n                                            ^\n)',
        "Run actions/checkout@v4\nSyncing repository: acme/webshop\nfatal: could not read Username for 'https://github.com': terminal prompts disabled\nError: The process '/usr/bin/git' failed with exit code 128",
        "2024-06-12 10:05:11 ERROR 決済APIがタイムアウトしました (order_id=JP-88213, 30秒)",
        "2024-06-12 10:06:00 WARN Очередь sms-outbound переполнена: 12000 сообщений, потребитель notifier-2 не отвечает",
        "2024-06-12 10:06:30 FEHLER Verbindung zu smtp.example.de:587 fehlgeschlagen: Zeitüberschreitung (Versuch 3/5)",
        "Caused by: java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)\n\t... 42 common frames omitted",
        "ERROR [main] o.s.boot.SpringApplication - Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource' defined in class path resource [org/springframework/boot/autoconfigure/jdbc/DataSourceConfiguration$Hikari.class]",
        "kernel: nf_conntrack: nf_conntrack: table full, dropping packet",
        "kernel: blk_update_request: I/O error, dev sdb, sector 1953525096 op 0x0:(READ) flags 0x0 phys_seg 1 prio class 0",
        "E0612 10:07:12.228311       1 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Pod: the server has asked for the client to provide credentials",
        "level=error ts=2024-06-12T10:08:00.001Z caller=notify.go:732 component=dispatcher receiver=pagerduty integration=pagerduty[0] msg=\"Notify for alerts failed\" num_alerts=3 err=\"context deadline exceeded\"",
        "WARNING: [pool www] server reached pm.max_children setting (20), consider raising it",
        "upstream sent too big header while reading response header from upstream, client: 192.0.2.61, server: portal.example.com, request: \"GET /sso/callback?code=4/0AbCdEf&state=af31 HTTP/1.1\"",
        "src/components/Cart.tsx(41,18): error TS2339: Property 'totla' does not exist on type 'CartSummary'. Did you mean 'total'?",
        "FAILED tests/test_invoices.py::test_vat_rounding[de-DE] - AssertionError: assert Decimal('19.01') == Decimal('19.00')",
    ]
    uas = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
           "curl/8.5.0", "python-requests/2.32.3", "okhttp/4.12.0", "Go-http-client/2.0",
           "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"]
    paths = ["/api/v2/products?category=shoes&size=42", "/static/js/app.4f1c2a.js", "/account/orders/8812",
             "/api/v2/cart/items", "/search?q=regenjacke+damen", "/img/products/oak-table@2x.webp", "/api/v1/stock?sku=TSH-001,TSH-002",
             "/checkout/confirm", "/de/kontakt", "/api/v2/orders?status=shipped&from=2024-06-01"]

    def gen():
        k = RNG.randint(0, 3)
        ts = "%02d/Jun/2024:%02d:%02d:%02d +0000" % (RNG.randint(1, 28), RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59))
        if k == 0:
            return '192.0.2.%d - - [%s] "%s %s HTTP/%s" %d %d "-" "%s"' % (RNG.randint(1, 254), ts, pick(["GET", "GET", "POST", "PUT"]), pick(paths), pick(["1.1", "2.0"]), pick([200, 200, 201, 204, 301, 304, 404, 499, 502]), RNG.randint(0, 90000), pick(uas))
        if k == 1:
            return "Jun %2d %s:%02d %s %s[%d]: %s" % (RNG.randint(1, 28), hhmm(), RNG.randint(0, 59), pick(HOSTS), pick(SERVICES), RNG.randint(300, 60000), pick(["worker started (pid file /run/%s.pid)" % pick(SERVICES), "retrying in 5s after connection reset by peer", "flushed 812 events to kafka-2:9092", "config reloaded from /etc/%s/config.yaml" % pick(SERVICES), "health check ok in 12ms"]))
        if k == 2:
            return '{"level":"%s","ts":"%sT%s:%02dZ","svc":"%s","msg":"%s","trace_id":"%032x"}' % (pick(["info", "warn", "error"]), day(), hhmm(), RNG.randint(0, 59), pick(SERVICES), pick(["request completed", "retry scheduled", "cache miss", "upstream 503", "job finished"]), RNG.getrandbits(128))
        return "%s %s %s %s - %s" % (day(), hhmm() + ":%02d,%03d" % (RNG.randint(0, 59), RNG.randint(0, 999)), pick(["INFO ", "WARN ", "ERROR", "DEBUG"]), pick(["c.a.p.PaymentClient", "o.h.e.j.s.SqlExceptionHelper", "c.z.h.pool.HikariPool", "c.a.s.jobs.ExportJob"]), pick(["HikariPool-1 - Connection is not available, request timed out after 30000ms.", "export of 4812 rows to s3://acme-exports/daily/ finished", "SQL Error: 0, SQLState: 40001", "retrying call to https://api.payflow.example/v1/charges (attempt 2)"]))
    return fill("logs-and-errors", lit, gen)


# ====================================================================== 6
def incident_notes():
    lit = [
        "Summary: from 09:12 to 09:47 UTC checkout returned 502 for ~18% of requests. Root cause: the payment provider's TLS cert rotated and our pinned intermediate in /etc/ssl/acme/payflow-chain.pem was stale. Fix: updated the bundle and ran `systemctl reload nginx` on lb-01/lb-02.",
        "Timeline (UTC)\n09:12 first PagerDuty alert HighErrorRate checkout\n09:15 @ktanaka acks, sees `upstream prematurely closed connection` in /var/log/nginx/error.log\n09:31 rollback to 2.14.2 via `helm rollback checkout 41 -n payments`\n09:47 error rate back under 0.5%\n10:30 postmortem doc created",
        "Disk on db-replica-1 filled up because pg_wal kept growing: the replication slot `analytics_slot` was inactive since Friday. Dropped it with SELECT pg_drop_replication_slot('analytics_slot'); after checking with the data team. Action item: alert on pg_replication_slots where active = false.",
        "On-call handover: es-02 still yellow (1 unassigned replica, index logs-2024.06.12). Don't restart it, the shard is recovering — check `GET _cat/recovery?active_only` before touching anything.",
        "Root cause was a cron entry that ran twice: /etc/cron.d/export had `0 * * * *` and someone added the same job to root's crontab. Both wrote to /srv/exports/daily.csv at the same time.",
        "Customer impact: none confirmed. Internal impact: the admin portal at http://portal.internal:8080 was unreachable for 20 min because the pod was OOMKilled (limit 512Mi, usage peaked at 610Mi during the CSV export).",
        "Zusammenfassung: Am 12.06. zwischen 14:05 und 14:40 Uhr war die Suche langsam (p95 > 4 s). Ursache: ein Reindex-Job lief tagsüber statt nachts, weil die Zeitzone im CronJob fehlte (`TZ` war UTC). Maßnahme: `timeZone: Europe/Berlin` im CronJob gesetzt.",
        "Résumé : l'API de facturation renvoyait des 500 après la mise à jour de la lib PDF. Le répertoire /tmp du conteneur était en lecture seule (readOnlyRootFilesystem: true). Correctif : volume emptyDir monté sur /tmp. Durée : 35 min.",
        "Resumen: la réplica de MySQL se quedó 2 h atrás por una consulta larga (`ALTER TABLE pedidos ADD INDEX ...`) lanzada sin pt-online-schema-change. Acción: todas las migraciones grandes pasan por gh-ost a partir de ahora.",
        "障害概要: 6/12 10:05〜10:40、決済APIのタイムアウトが多発。原因は外部決済事業者側のメンテナンス。対応: リトライ間隔を延長し、ステータスページに告知を掲載。",
        "Итог: после обновления ядра на worker-07 перестал монтироваться NFS (/mnt/shared). Откатили ядро через `grub-reboot 1`, завели задачу на проверку модулей nfs.",
        "What went well: the runbook for failing over Redis worked as written. What went badly: nobody knew the password for the sentinel (it's in Vault under secret/ops/redis-sentinel, now linked from the runbook).",
        "Contributing factor: the health check at /healthz only checked that the process was up, not that it could reach Postgres, so the load balancer kept sending traffic to pods with broken DB connections. We're adding a /readyz that runs SELECT 1.",
        "We saw `kernel: TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.` on lb-01 during the sale at 18:00. It was real traffic, not an attack; somaxconn raised to 4096.",
        "Action items:\n- [ ] OPS-2590 add alert for certificate expiry < 14d (owner: @mgarcia)\n- [ ] OPS-2591 move the payflow CA bundle to the config repo\n- [x] OPS-2592 document `openssl s_client -showcerts` check in the runbook",
        "The deploy at 15:02 changed `proxy_read_timeout` from 60s to 6s (typo in the PR, reviewed and approved). Long exports started failing with 504. Reverted in a0c1f3e; we'll add `nginx -t` plus a diff of effective config to CI.",
        "Lesson learned: `rm -rf /srv/releases/*` in the cleanup script ran while a deploy was symlinking `current` — keep the last 5 releases and never delete the target of /srv/releases/current.",
        "Postmortem INC-517: Kafka consumer lag for topic orders.v2 reached 2.1M messages. The consumer group `ledger-writer` was stuck rebalancing because max.poll.interval.ms (300000) was shorter than one batch. Raised to 900000 and reduced max.poll.records to 200.",
        "Detected by: customer ticket (#48211, \"Bestellbestätigung kommt nicht an\"). Not detected by monitoring because the mailer queue depth metric was not scraped after the namespace move.",
        "Rollback plan if the migration fails: stop the workers (`kubectl scale deploy/ledger-writer --replicas=0 -n payments`), restore the snapshot taken at 06:00 (rds snapshot `shop-pre-0142`), redeploy 2.14.2.",
        "The 403s from the admin portal were the new WAF rule on /admin/export?format=csv&range=all — we excluded the internal CIDR 10.0.0.0/8 and the ticket is with the security team for a proper fix.",
        "Note for the next on-call: if `df -i` shows inode exhaustion on /var again, it's the PHP session files in /var/lib/php/sessions. The cleanup cron is /etc/cron.d/php, check it runs.",
        "Impact: 1,240 orders placed between 02:00 and 02:45 were charged but stayed in state `pending_payment`. Fixed by replaying the webhook events from the provider dashboard; reconciliation query attached as reconcile_0612.sql.",
        "Root cause: a DNS change moved db-primary.internal to the new instance, but the old instance still had the writer endpoint cached in /etc/hosts on 3 app servers (left over from the 2022 migration). Removed the stale lines with Ansible.",
        "The SSRF finding from the pentest (webhook URL could reach http://169.254.169.254/) is fixed: the webhook sender now resolves the host first and refuses link-local, loopback and RFC 1918 addresses, and we enforced IMDSv2 on all instances.",
        "Bei der Analyse hat @lmuller festgestellt, dass /proc/sys/fs/inotify/max_user_watches auf den Build-Agents zu klein war (8192). Erhöht auf 524288 per sysctl.d-Datei.",
        "2024-06-12 Nachtrag: die Alarme \"DiskWillFillIn4Hours\" auf es-01 waren Fehlalarme, weil die Snapshot-Verzeichnisse unter /mnt/es-snapshots mitgezählt wurden.",
        "Cause racine : le certificat wildcard *.example.fr a expiré samedi à 00:00 UTC. Le renouvellement automatique échouait depuis 30 jours (DNS-01, jeton API révoqué). Personne ne lisait les mails de cron.",
        "The log line that gave it away:\n  2024-06-12T02:03:11Z level=error msg=\"webhook signature mismatch\" provider=payflow\nThe provider rotated the webhook secret; ours in Kubernetes secret payflow-webhook was the old one.",
        "Why was the alert silent? The Alertmanager silence created during the maintenance on Monday (matcher `service=~\"checkout|cart\"`) was set for 7d instead of 7h.",
        "SEV2 — partial outage of image uploads. S3 PutObject returned AccessDenied after the bucket policy change in terraform PR #812 (condition on aws:SourceVpce). Reverted; new policy will be tested in staging first.",
        "Memory leak in image-resizer 3.0.1: RSS grows ~40 MB per 1000 requests. Workaround until the fix ships: `--max-requests 5000` for the workers so they recycle.",
        "We found that /etc/passwd on the old CentOS hosts still had the `nagios` user with a login shell; that's how the check_by_ssh checks ran. The new hosts use the NRPE agent instead, so that user gets /usr/sbin/nologin.",
        "Follow-up from the Thursday incident review: everyone agreed to stop running ad-hoc `UPDATE` statements on prod from laptops. Use the change-request template and the `dbops` bastion, where psql sessions are logged.",
        "Incidente: il backup notturno di /srv/nextcloud non è partito per 3 notti (cron disabilitato dopo il riavvio). Ripristinato e aggiunto controllo su Healthchecks.",
        "Przyczyna: pełny dysk /var na kafka-2 (segmenty tematu clickstream bez retencji). Ustawiono retention.ms=604800000.",
        "Mitigation: we blocked the scraper's /24 at the edge (192.0.2.0/24) and added a rate limit of 20 r/s per IP on /api/v2/search. Traffic went from 4k r/s back to the normal 600 r/s.",
        "Status update 10:20: rollback done, error rate normal. We keep the incident open until the payment provider confirms the root cause on their side. Next update 11:00 or earlier.",
        "Trigger: the Terraform apply for OPS-2415 replaced the NAT gateway (new EIP 192.0.2.77) and the partner's SFTP allow list still had the old address, so the nightly upload to sftp://partner-upload@sftp.example.com failed for 2 nights.",
        "Observed: `SELECT count(*) FROM pg_stat_activity;` returned 498 of max_connections=500 on db-primary; pgbouncer was bypassed because the new service used port 5432 instead of 6432. Fixed in the Helm values (db.port: 6432).",
        "Schadensbild: Rechnungs-PDFs vom 10.06. hatten das falsche Datum (UTC statt Europe/Berlin). Betroffen ca. 300 Kunden; korrigierte PDFs wurden über den Job `rechnungen-neu-erzeugen --von 2024-06-10 --bis 2024-06-10` erneut versendet.",
        "Timeline note: at 02:14 the runbook step `kubectl cordon worker-05 && kubectl drain worker-05 --ignore-daemonsets` hung for 40 minutes on a PodDisruptionBudget with minAvailable: 100% (search-api). We patched the PDB to maxUnavailable: 1.",
    ]
    causes = ["an expired TLS certificate on %s" % pick(HOSTS), "a full /var partition on %s" % pick(HOSTS), "a bad config push to %s" % pick(SERVICES),
              "a DNS TTL of 86400 on %s.internal" % pick(HOSTS), "connection pool exhaustion in %s" % pick(SERVICES), "a missing index on orders(customer_id)",
              "an OOM kill loop in %s" % pick(SERVICES), "a stuck Kafka consumer group", "clock drift on %s (chrony was stopped)" % pick(HOSTS)]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "%s %s–%s UTC: %s degraded, root cause %s. Tracked in %s." % (day(), hhmm(), hhmm(), pick(SERVICES), pick(causes), pick(TICKETS))
        if k == 1:
            return "On-call note (%s): checked %s, nothing unusual in /var/log/%s/. Restarted %s on %s at %s, watching for another hour." % (pick(PEOPLE), pick(["Grafana", "the error budget dashboard", "Sentry", "the Kafka lag panel"]), pick(SERVICES), pick(SERVICES), pick(HOSTS), hhmm())
        return "Action item %s: %s (owner @%s, due %s)" % (pick(TICKETS), pick(["add readiness probe that hits the DB", "alert on cert expiry under 14 days", "document the failover in the runbook", "move secrets from .env to Vault", "add `nginx -t` to the deploy pipeline", "set retention on the clickstream topic"]), pick(PEOPLE), day())
    return fill("incident-notes", lit, gen)


# ====================================================================== 7
def paths_and_urls():
    lit = [
        "/var/log/nginx/access.log",
        "/etc/nginx/sites-available/shop.conf",
        "/srv/releases/2024-06-12T0915Z/",
        "~/.kube/config",
        r"C:\ProgramData\Acme\Agent\config.yaml",
        r"\\fs01\projects\2024\Q2\Angebote",
        "s3://acme-build-artifacts/releases/2.14.3/shop-2.14.3.tar.gz",
        "gs://acme-analytics-exports/daily/dt=2024-06-11/*.parquet",
        "https://grafana.internal.example.com/d/k8s-api/checkout?orgId=1&from=now-6h&to=now&var-env=prod&var-ns=payments",
        "http://localhost:8080/health",
        "http://10.0.3.7:9200/_cat/indices?v&s=store.size:desc",
        "postgres://app:<password>@db-primary.internal:5432/shop?sslmode=require",
        "mongodb+srv://reporting:<secret>@cluster0.abcde.mongodb.net/analytics?retryWrites=true&w=majority",
        "redis://:CHANGEME@cache-01:6379/2",
        "jdbc:mysql://10.0.4.12:3306/shop?useSSL=true&serverTimezone=UTC&characterEncoding=utf8",
        "amqp://guest:guest@localhost:5672/%2F",
        "Server=sql01.corp.example.com,1433;Database=Finance;User Id=report_ro;Password=<see vault>;Encrypt=True;TrustServerCertificate=False;",
        "logs/**/*.log",
        "/var/www/*/storage/logs/laravel-*.log",
        "docker compose -f ../shared/docker-compose.base.yml -f docker-compose.yml config",
        "https://github.com/acme/webshop/compare/v2.14.2...v2.14.3",
        "https://ci.example.com/job/shop-api/job/main/1287/console",
        "unix:///var/run/docker.sock",
        "/run/secrets/db_password",
        "/proc/sys/net/ipv4/ip_forward",
        "/dev/disk/by-uuid/3f2a9c4e-71b0-4d2e-9a51-0c7e6b1d8f22",
        "https://login.example.com/oauth2/authorize?response_type=code&client_id=portal&redirect_uri=https%3A%2F%2Fportal.example.com%2Fcallback&scope=openid%20profile%20email&state=af31c9",
        "http://[::1]:8080/metrics",
        "http://127.0.0.1:15672/#/queues/%2F/invoices",
        "sftp://partner-upload@sftp.example.com:2222/incoming/",
        "smb://nas01/backup/weekly",
        "/srv/share/経理/2024年度/請求書_6月.pdf",
        "ssh://git@gitlab.example.com:2222/platform/infra.git",
        "git@github.com:acme/webshop.git",
        "registry.example.com/platform/api:2.14.3@sha256:9f2c4b1e7a3d5f8c0b6e2a4d1c7f9e3b5a8d0c2e4f6a1b3c5d7e9f0a2b4c6d8e",
        "https://s3.eu-central-1.amazonaws.com/acme-public-assets/logo.svg",
        "https://acmelogs.blob.core.windows.net/archive/2024/06/12/app.log.gz?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-13T00:00:00Z&sig=FAKEsig0123456789abcdefFAKE%3D",
        "http://kibana.internal:5601/app/discover#/?_g=(time:(from:now-15m,to:now))&_a=(query:(language:kuery,query:'service.name:\"checkout\"'))",
        "/api/v2/orders/{orderId}/items/{itemId}",
        "/var/lib/postgresql/15/main/pg_wal/",
        r"%APPDATA%\Code\User\settings.json",
        r"To test the new VIP before DNS changes, add it to C:\Windows\System32\drivers\etc\hosts on your laptop (needs admin).",
        "The Helm chart pulls the common library from file://../../charts/common, so run `helm dependency update` from charts/shop/.",
        "Artifacts are under https://nexus.example.com/repository/maven-releases/com/acme/billing/billing-core/4.2.0/billing-core-4.2.0.jar",
        "Prometheus is at http://prometheus.observability.svc.cluster.local:9090 inside the cluster; from your laptop use `kubectl port-forward svc/prometheus 9090 -n observability` and open http://localhost:9090/graph.",
        "Die Exporte liegen unter \\\\nas01\\Export\\Buchhaltung\\2024\\06 — bitte nicht nach C:\\Temp kopieren.",
        "Les sauvegardes sont dans s3://acme-backups-eu/postgres/shop/ (rétention 35 jours, classe GLACIER_IR après 7 jours).",
        "https://status.example.com/incidents/01HZX3K8Q9R2T4V6W8Y0A1B2C3",
        "https://sentry.example.com/organizations/acme/issues/48211/?project=12&query=is%3Aunresolved+release%3A2.14.3&statsPeriod=24h",
        "https://hooks.example.com/services/T000/B000/XXXXXXXXXXXXXXXX",
        "wss://realtime.example.com/socket?vsn=2.0.0&token=<session-token>",
        "ldaps://ldap.corp.example.com:636/ou=people,dc=corp,dc=example,dc=com?uid,mail?sub?(objectClass=inetOrgPerson)",
        "file:///Users/ktanaka/Downloads/grafana-export-checkout.json",
        "/home/deploy/.ssh/authorized_keys (owner deploy:deploy, mode 600)",
        "/etc/ssl/certs/ca-certificates.crt",
        "/opt/app/current -> /srv/releases/2024-06-12T0915Z",
        "C:\\Program Files (x86)\\Acme\\Agent\\logs\\agent-2024-06-12.log",
        "https://api.example.com/v2/search?q=%22rain%20jacket%22&filter=price%3C100&sort=-updated_at&page%5Bsize%5D=20",
    ]
    buckets = ["acme-build-artifacts", "acme-backups-eu", "acme-analytics-exports", "acme-logs-prod", "acme-public-assets"]
    tmpl = [
        lambda: "s3://%s/%s/%s/" % (pick(buckets), pick(SERVICES), day()),
        lambda: "http://%s:%d/%s" % (pick(["localhost", "127.0.0.1", pick(INTERNAL_IPS), pick(SERVICES) + "." + pick(NAMESPACES) + ".svc.cluster.local"]), pick([8080, 9090, 9100, 3000, 8500, 15672, 5601, 9200]), pick(["health", "metrics", "readyz", "actuator/health", "api/v1/status", "_cluster/health?pretty", "-/healthy"])),
        lambda: "/var/log/%s/%s-%s.log%s" % (pick(SERVICES), pick(SERVICES), day(), pick(["", ".gz", ".1"])),
        lambda: "https://%s.example.com/%s?%s=%s&page=%d" % (pick(["portal", "grafana", "jira", "wiki", "ci"]), pick(["browse", "d/abc123/overview", "display/OPS/Runbooks", "job/deploy"]), pick(["q", "filter", "var-host", "view"]), pick(HOSTS), RNG.randint(1, 9)),
        lambda: "%s/%s/**/*.%s" % (pick(["src", "services", "charts", "infra"]), pick(SERVICES), pick(["py", "go", "yaml", "tf", "ts"])),
        lambda: (lambda d, ext: "/etc/%s/%s%s" % (d, pick(SERVICES), ext))(*pick([("nginx/conf.d", ".conf"), ("systemd/system", ".service"), ("logrotate.d", ""), ("cron.d", ""), ("prometheus/rules", ".yml")])),
    ]
    return fill("paths-and-urls", lit, lambda: pick(tmpl)())


# ====================================================================== 8
def sql_ops():
    lit = [
        "\\dt+ public.*",
        "\\d+ orders",
        "\\x auto\n\\timing on",
        "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM orders WHERE customer_id = 4812 ORDER BY created_at DESC LIMIT 20;",
        "Limit  (cost=0.43..18.12 rows=20 width=212) (actual time=0.041..0.188 rows=20 loops=1)\n  ->  Index Scan Backward using idx_orders_customer_created on orders  (cost=0.43..4122.50 rows=4660 width=212) (actual time=0.040..0.183 rows=20 loops=1)\n        Index Cond: (customer_id = 4812)\n        Buffers: shared hit=24\nPlanning Time: 0.211 ms\nExecution Time: 0.219 ms",
        "Seq Scan on invoices  (cost=0.00..481223.00 rows=12 width=96) (actual time=2112.4..4410.9 rows=9 loops=1)\n  Filter: ((status)::text = 'overdue'::text)\n  Rows Removed by Filter: 18230011\nExecution Time: 4411.2 ms",
        "ALTER TABLE orders ADD COLUMN refunded_at timestamptz;",
        "CREATE INDEX CONCURRENTLY idx_orders_customer_created ON orders (customer_id, created_at DESC);",
        "GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO analyst_ro;\nALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO analyst_ro;",
        "REVOKE INSERT, UPDATE, DELETE ON payments FROM app_legacy;",
        "SELECT pid, now() - query_start AS runtime, state, left(query, 80) FROM pg_stat_activity WHERE state <> 'idle' ORDER BY runtime DESC;",
        "SELECT pg_terminate_backend(18231);  -- stuck autovacuum-blocking session from the report job, approved by @dpetrov",
        "VACUUM (VERBOSE, ANALYZE) orders;",
        "# Time: 2024-06-12T09:40:11.223344Z\n# User@Host: app[app] @  [10.0.2.11]  Id: 88123\n# Query_time: 4.118223  Lock_time: 0.000112 Rows_sent: 50  Rows_examined: 1823312\nSET timestamp=1718185211;\nSELECT p.id, p.name, p.price FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = 'outdoor' ORDER BY p.updated_at DESC LIMIT 50;",
        "SHOW ENGINE INNODB STATUS\\G",
        "SELECT table_name, round((data_length + index_length) / 1024 / 1024) AS size_mb FROM information_schema.tables WHERE table_schema = 'shop' ORDER BY size_mb DESC LIMIT 10;",
        "CR-1182 (approved): after the export is verified, run on prod:\n  DROP TABLE IF EXISTS tmp_import_20240611;\nBackup: snapshot shop-pre-cr1182 taken 06:00 UTC.",
        "Migration 0142_add_refund_reason: adds nullable column refund_reason varchar(200) to payments, backfills from payments.meta->>'reason' in batches of 10k rows, then adds a CHECK constraint NOT VALID and validates it separately.",
        "UPDATE users SET locale = 'de-DE' WHERE locale = 'de' AND created_at < '2024-01-01';  -- expected: ~41k rows, run in a transaction and check the count before COMMIT",
        "BEGIN;\nUPDATE subscriptions SET plan = 'team_2024' WHERE plan = 'team' AND renewed_at >= '2024-06-01';\n-- expect 312 rows\nSELECT count(*) FROM subscriptions WHERE plan = 'team_2024';\nCOMMIT;",
        "SELECT query, calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 2) AS mean_ms FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15;",
        "SELECT l.locktype, l.mode, l.granted, a.pid, a.usename, a.query FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE NOT l.granted;",
        "EXEC sp_who2;",
        "DBCC CHECKDB (Finance) WITH NO_INFOMSGS, ALL_ERRORMSGS;",
        "ALTER SYSTEM KILL SESSION '123,4567' IMMEDIATE;  -- Oracle, blocking session from the nightly ETL",
        "CREATE ROLE reporting_ro LOGIN PASSWORD '<generated-in-vault>';\nGRANT CONNECT ON DATABASE shop TO reporting_ro;\nGRANT USAGE ON SCHEMA public TO reporting_ro;",
        "SELECT date_trunc('day', created_at) AS day, count(*) FROM orders WHERE created_at >= now() - interval '14 days' GROUP BY 1 ORDER BY 1;",
        "SELECT 'eu' AS region, count(*) FROM orders_eu WHERE status = 'failed'\nUNION ALL\nSELECT 'us', count(*) FROM orders_us WHERE status = 'failed';",
        "\\copy (SELECT id, email, country FROM customers WHERE country = 'DE' AND marketing_opt_in) TO '/tmp/de_customers.csv' CSV HEADER",
        "SELECT relname, n_dead_tup, last_autovacuum FROM pg_stat_user_tables WHERE n_dead_tup > 100000 ORDER BY n_dead_tup DESC;",
        "SELECT slot_name, active, pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained FROM pg_replication_slots;",
        "SHOW SLAVE STATUS\\G  -- Seconds_Behind_Master: 7214, Last_SQL_Error empty",
        "pt-online-schema-change --alter \"ADD INDEX idx_status_created (status, created_at)\" D=shop,t=orders --execute --max-load Threads_running=50",
        "ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);",
        "SELECT pg_size_pretty(pg_total_relation_size('public.audit_log'));  -- 212 GB, needs partitioning",
        "CREATE TABLE audit_log_2024_07 PARTITION OF audit_log FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');",
        "Antrag: Leserechte für das BI-Team auf das Schema `finanzen`:\nGRANT USAGE ON SCHEMA finanzen TO bi_leser;\nGRANT SELECT ON ALL TABLES IN SCHEMA finanzen TO bi_leser;",
        "Demande de changement : ajouter l'index manquant sur factures(client_id). Requête lente actuelle : SELECT * FROM factures WHERE client_id = $1 AND statut <> 'annulée' (1,8 s en moyenne).",
        "SELECT usename, client_addr, count(*) FROM pg_stat_activity GROUP BY 1, 2 ORDER BY 3 DESC;",
        "mysql> SELECT user, host FROM mysql.user WHERE user LIKE 'app%';\n+----------+-------------+\n| user     | host        |\n+----------+-------------+\n| app      | 10.0.2.%    |\n| app_ro   | 10.0.%      |\n+----------+-------------+\n2 rows in set (0.00 sec)",
        "DELETE FROM sessions WHERE expires_at < now() - interval '7 days';  -- nightly job; takes ~40 s, consider batching with LIMIT via ctid",
        "SELECT * FROM sys.dm_exec_requests r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) t WHERE r.blocking_session_id <> 0;",
        "REINDEX INDEX CONCURRENTLY idx_products_search;",
        "SET lock_timeout = '3s'; ALTER TABLE customers ALTER COLUMN phone TYPE varchar(32);",
        "COMMENT ON COLUMN payments.provider_ref IS 'ID from Payflow, unique per provider; NULL for manual bank transfers';",
        "The slow one is SELECT ... FROM order_items oi JOIN products p ON p.id = oi.product_id WHERE oi.order_id IN (...) — 8k ids in the IN list from the export job. Suggest a temp table or = ANY($1::bigint[]).",
        "WITH dupes AS (\n  SELECT id, row_number() OVER (PARTITION BY external_id ORDER BY created_at) AS rn\n  FROM orders WHERE external_id IS NOT NULL\n)\nSELECT count(*) FROM dupes WHERE rn > 1;",
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'orders'::regclass;",
        "mongosh \"mongodb://db-mongo-1:27017/analytics\" --eval 'db.events.getIndexes()'",
        "SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_connections', 'effective_cache_size');",
    ]
    tables = ["orders", "order_items", "customers", "payments", "invoices", "sessions", "products", "audit_log", "shipments"]
    cols = ["created_at", "customer_id", "status", "updated_at", "external_id", "email", "order_id"]

    def gen():
        k = RNG.randint(0, 4)
        t, c = pick(tables), pick(cols)
        if k == 0:
            return "CREATE INDEX CONCURRENTLY idx_%s_%s ON %s (%s);" % (t, c, t, c)
        if k == 1:
            return "EXPLAIN ANALYZE SELECT count(*) FROM %s WHERE %s > now() - interval '%d days';" % (t, pick(["created_at", "updated_at"]), pick([1, 7, 30, 90]))
        if k == 2:
            return "GRANT SELECT ON %s TO %s;" % (t, pick(["analyst_ro", "bi_reader", "support_ro", "reporting_ro"]))
        if k == 3:
            return "%s: ALTER TABLE %s ADD COLUMN %s %s;" % (pick(TICKETS), t, pick(["archived_at", "source", "region", "note", "retry_count"]), pick(["timestamptz", "text", "varchar(16)", "integer NOT NULL DEFAULT 0"]))
        return "Slow query on %s (%.1f s): SELECT * FROM %s WHERE %s = $1 ORDER BY id DESC LIMIT %d" % (pick(["db-primary", "db-replica-1", "mysql-02"]), RNG.uniform(1, 12), t, c, pick([20, 50, 100]))
    return fill("sql-ops", lit, gen)


# ====================================================================== 9
def monitoring_alerts():
    lit = [
        "[FIRING:2] HighErrorRate checkout (prod, eu-west-1)",
        "[RESOLVED] KubePodCrashLooping payments/api-7d9f8c6b5-x2kqz",
        "- alert: HighErrorRate\n  expr: sum(rate(http_requests_total{job=\"checkout\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{job=\"checkout\"}[5m])) > 0.05\n  for: 10m\n  labels:\n    severity: page\n  annotations:\n    summary: \"{{ $labels.job }} error rate is {{ $value | humanizePercentage }}\"\n    runbook_url: https://wiki.example.com/runbooks/checkout-5xx",
        "- alert: DiskWillFillIn4Hours\n  expr: predict_linear(node_filesystem_avail_bytes{mountpoint=\"/var\"}[6h], 4 * 3600) < 0\n  for: 30m\n  annotations:\n    description: \"{{ $labels.instance }}: /var will be full in under 4h\"",
        "description: \"Certificate for {{ $labels.cn }} expires in {{ $value | humanizeDuration }}\"",
        '{"status":"DOWN","components":{"db":{"status":"UP","details":{"database":"PostgreSQL","validationQuery":"isValid()"}},"redis":{"status":"DOWN","details":{"error":"io.lettuce.core.RedisConnectionException: Unable to connect to cache-01:6379"}},"diskSpace":{"status":"UP"}}}',
        "CRITICAL - Socket timeout after 10 seconds",
        "DISK WARNING - free space: /var 1823 MB (8% inode=91%);| /var=20731MB;19660;21012;0;22555",
        "HTTP OK: HTTP/1.1 200 OK - 4812 bytes in 0.112 second response time |time=0.112245s;1.000000;5.000000;0.000000 size=4812B;;;0",
        "PROCS CRITICAL: 0 processes with command name 'php-fpm'",
        "SSL_CERT WARNING - shop.example.com expires in 12 days (Jun 24 23:59:59 2024 GMT)",
        "last(/web-03/system.cpu.load[all,avg1])>5 and min(/web-03/system.cpu.load[all,avg1],5m)>3",
        "{{#is_alert}}Checkout p99 latency is {{value}} ms on {{host.name}} @slack-ops-alerts @pagerduty-checkout{{/is_alert}}\n{{#is_recovery}}Latency back to normal.{{/is_recovery}}",
        "route:\n  receiver: default\n  group_by: ['alertname', 'namespace']\n  routes:\n    - matchers: [severity=\"page\"]\n      receiver: pagerduty\n    - matchers: [team=~\"data|analytics\"]\n      receiver: slack-data",
        "PagerDuty: [#48211] Triggered: Checkout 5xx rate above 5% for 10m — Service: Checkout (prod) — Assigned to: Keiko Tanaka",
        "Grafana annotation: Deploy checkout 2.14.3 (helm revision 42) by ci-bot — https://ci.example.com/job/shop-api/job/main/1287/",
        "Annotation: \"Maintenance window: Postgres minor upgrade 15.6 → 15.7 on db-primary, expect 30 s failover\"",
        "probe_success{instance=\"https://shop.example.com/healthz\",job=\"blackbox\"} 0",
        "Monitor is DOWN: Shop API (https://api.example.com/v2/ping). Reason: Connection Timeout. Duration: 3 min.",
        "Uptime alert: 🔴 www.example.fr est indisponible depuis 5 minutes (HTTP 503 Service Unavailable)",
        "Alarm \"prod-rds-cpu-high\" in EU (Ireland) is in ALARM state: Threshold Crossed: 3 out of the last 3 datapoints [94.2 (12/06/24 09:40:00), 91.8 (12/06/24 09:35:00), 96.0 (12/06/24 09:30:00)] were greater than the threshold (90.0).",
        "Sentry: New issue in shop-web — TypeError: Cannot read properties of undefined (reading 'map') — first seen in release web@2.14.3, 212 events / 88 users",
        "groups:\n  - name: kafka\n    rules:\n      - record: kafka:consumer_lag:sum\n        expr: sum by (consumergroup, topic) (kafka_consumergroup_lag)",
        "expr: absent(up{job=\"billing-worker\"} == 1)",
        "expr: histogram_quantile(0.99, sum by (le, route) (rate(http_request_duration_seconds_bucket{service=\"search-api\"}[5m]))) > 1.5",
        "Alertmanager silence: matchers alertname=\"NodeDiskPressure\", instance=~\"worker-0[5-7].*\" — created by @mgarcia for 4h — comment: \"resizing volumes, OPS-2711\"",
        "check_command check_nrpe!check_disk!-w 15% -c 8% -p /var",
        "define service {\n    use                 generic-service\n    host_name           db-primary\n    service_description PostgreSQL replication lag\n    check_command       check_pgsql_lag!30!120\n}",
        "OK - load average: 0.41, 0.52, 0.60|load1=0.410;5.000;10.000;0; load5=0.520;4.000;8.000;0; load15=0.600;3.000;6.000;0;",
        "Healthcheck `nightly-backup` is DOWN: no ping for 26 hours (expected every 24h, grace 1h). Last ping from 10.0.4.12.",
        "【障害】api.example.jp の応答時間が 3 秒を超えています（p95、直近 10 分）。担当: インフラ当番",
        "[Alerta] Uso de CPU en db-primary por encima del 90 % durante 15 minutos",
        "ВНИМАНИЕ: свободное место на /var/lib/kafka (kafka-2) меньше 10 %",
        "Warnung: Zertifikat für portal.example.de läuft in 7 Tagen ab (Aussteller: R11)",
        "synthetic check \"Login flow\" failed at step 3/5: expected selector `#dashboard` within 10s (location: Frankfurt)",
        "- job_name: node\n  static_configs:\n    - targets: ['10.0.2.11:9100', '10.0.2.12:9100', 'db-primary.internal:9100']\n  relabel_configs:\n    - source_labels: [__address__]\n      regex: '([^:]+):\\d+'\n      target_label: host",
        "SLO burn alert: checkout-availability burned 4.2% of the 30d error budget in the last 1h (fast burn, 14.4x)",
        "severity=warning team=payments alertname=PodRestartsHigh namespace=payments pod=~ledger-writer-.*",
        '{"receiver":"slack-ops","status":"firing","alerts":[{"labels":{"alertname":"HighMemory","instance":"worker-07:9100","severity":"warning"},"annotations":{"summary":"worker-07 memory above 90%"},"startsAt":"2024-06-12T09:41:00Z"}],"groupKey":"{}:{alertname=\\"HighMemory\\"}"}',
        "CRITICAL: Replication lag on db-replica-1 is 412 seconds (threshold 120)",
        "Datadog monitor: avg(last_5m):avg:kubernetes.cpu.usage.total{kube_namespace:search} by {pod_name} > 800000000",
        "Zabbix: Problem started at 09:41:12 on 2024.06.12\nProblem name: Zabbix agent is not available (for 3m)\nHost: WEB02\nSeverity: Average",
        "Statuspage: Investigating — We are seeing elevated error rates on the checkout API. Card payments may fail; PayPal is not affected. Next update in 30 minutes.",
        "ALERT Kafka topic orders.v2 consumer lag > 100000 for group ledger-writer (current: 2,104,332)",
        "Grafana: [Alerting] Queue depth mailer (value: 18210) — https://grafana.internal.example.com/d/queues?viewPanel=4",
        "icinga2: SERVICE ALERT: web-03;HTTP shop;CRITICAL;HARD;3;HTTP CRITICAL: HTTP/1.1 502 Bad Gateway - 166 bytes in 0.004 second response time",
        "summary: \"Job {{ $labels.job }} has not run successfully for {{ $value | humanizeDuration }}\"",
        "`kube_deployment_status_replicas_available{namespace=\"payments\"} / kube_deployment_spec_replicas < 0.5` fired for deployment ledger-writer",
    ]
    alerts = ["HighErrorRate", "HighLatencyP99", "PodCrashLooping", "DiskAlmostFull", "CertExpiringSoon", "ReplicationLag", "QueueBacklog", "NodeNotReady", "TargetDown"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "[%s:%d] %s %s (%s, %s)" % (pick(["FIRING", "RESOLVED"]), RNG.randint(1, 6), pick(alerts), pick(SERVICES), pick(["prod", "staging"]), pick(REGIONS))
        if k == 1:
            return "%s: %s on %s is %d%% (threshold %d%%)" % (pick(["WARNING", "CRITICAL", "OK"]), pick(["disk usage /var", "memory usage", "CPU iowait", "inode usage /srv"]), pick(HOSTS), RNG.randint(50, 99), pick([80, 85, 90, 95]))
        if k == 2:
            return 'expr: sum(rate(%s{service="%s"}[%dm])) %s %s' % (pick(["http_requests_total", "grpc_server_handled_total", "jobs_failed_total"]), pick(SERVICES), pick([1, 5, 15]), pick([">", "<"]), pick(["0", "10", "0.5", "100"]))
        return "PagerDuty #%d %s: %s %s — %s" % (RNG.randint(40000, 49999), pick(["Triggered", "Acknowledged", "Resolved"]), pick(SERVICES), pick(alerts), pick(["Keiko Tanaka", "Olu Okafor", "Anna Müller", "Seán O'Brien", "Priya Sharma"]))
    return fill("monitoring-alerts", lit, gen)


# ====================================================================== 10
def chat_ops():
    lit = [
        "anyone else seeing `ECONNRESET` from the payflow sandbox? :thinking_face: started ~10 min ago",
        "deploying checkout 2.14.3 to prod now :rocket: — shout if you see anything weird in #alerts",
        "@ktanaka can you run `kubectl -n payments get pods -o wide | grep ledger` and paste the output? I don't have prod access from here",
        "fyi I restarted es-02 (`sudo systemctl restart elasticsearch`), cluster is yellow, should go green in ~15 min",
        "lol the cron was `0 0 * * 0` not `0 0 * * *` so it only ran on Sundays :facepalm:",
        "PR is up: https://git.example.com/platform/infra/-/merge_requests/812 — bumps nginx to 1.27 and changes `client_max_body_size` to 50m, reviews welcome 🙏",
        "Kurze Info: ich ziehe heute Abend die DB-Replik hoch, zwischen 20:00 und 20:30 kann es zu kurzen Verbindungsabbrüchen kommen 🛠️",
        "Quelqu'un a les droits sur le bucket s3://acme-backups-eu ? J'ai un `AccessDenied` sur `aws s3 ls` depuis ce matin 😕",
        "¿Alguien sabe por qué el job de CI `build-docker` falla con `no space left on device`? Ya hice `docker system prune -af` en el runner 🤷",
        "本番のcheckoutで502が出ています。今 `kubectl rollout undo deploy/checkout -n payments` しました。様子見中です🙇",
        "Коллеги, на kafka-2 диск почти полный, я поставил retention.ms=604800000 для clickstream, через час проверю 👀",
        "Alguém pode aprovar meu MR? É só trocar `replicas: 2` para `replicas: 3` no values-prod.yaml 😅",
        "btw `journalctl -u billing-worker -f` is your friend, the logs in /var/log/billing are stale since the move to systemd",
        "+1, and please don't `kubectl delete pod` in a loop again, use `kubectl rollout restart` 😬",
        "the healthcheck endpoint is http://10.0.3.7:9200/_cluster/health?pretty — green now ✅",
        "ok so the problem was the `.env` had `DATABASE_URL=postgres://app@db-primary/shop` without the port and the new lib doesn't default to 5432 🙃",
        "who owns `worker-07`? it's at 98% memory and `ps aux --sort=-%mem | head` shows 6 copies of the export script",
        "can someone with sudo on web-03 run `sudo nginx -t && sudo systemctl reload nginx`? my change is in /etc/nginx/conf.d/redirects.conf",
        "🚨 prod DB failover in progress, please hold all deploys until I say so",
        "All clear 🎉 error rate back to baseline. Postmortem doc: https://wiki.example.com/display/OPS/INC-517",
        "tip: `git log -S 'proxy_read_timeout' -- infra/nginx/` finds the commit that changed it",
        "the helm template fails with `nil pointer evaluating interface {}.tag` — you need `image.tag` in your values, the chart doesn't default it",
        "quick q: is it OK to run `VACUUM FULL audit_log` on the replica or does that need a window? (it's 212 GB)",
        "no, VACUUM FULL takes an ACCESS EXCLUSIVE lock and the replica can't run it anyway, use pg_repack on the primary in the window",
        "I'll take the pager tonight, @mgarcia has the dentist tomorrow morning 🦷",
        "Can you whitelist 192.0.2.44/32 for the auditor VPN until 30 Sep? Ticket OPS-3004",
        "ugh, Windows runner again: `The term 'make' is not recognized as the name of a cmdlet` — switching that job to `pwsh -File build.ps1`",
        "`SELECT count(*) FROM orders WHERE status = 'pending_payment' AND created_at > now() - interval '1 hour';` → 1240. yeah that's the webhook thing",
        "ich hab's: in der sshd_config stand `AllowGroups ssh-users` und der neue Kollege war nur in `ops` 🤦‍♂️",
        "merci ! le `logrotate -d /etc/logrotate.d/app` montre bien que `postrotate` n'était jamais appelé",
        "heads-up: I'm rotating the Redis password, new one is in Vault under secret/ops/redis, apps pick it up on restart",
        "shipping it 🚢 `git tag v2.15.0 && git push origin v2.15.0`",
        "anyone know the magic for `find` to skip node_modules? → `find . -path ./node_modules -prune -o -name '*.js' -print` 👌",
        "Reminder: change freeze starts Friday 18:00 CET until Monday 08:00. Only hotfixes with approval from #release-managers.",
        "looks like the `{{ .Values.ingress.host }}` in the NOTES.txt renders empty on staging, probably because staging uses `ingress.hosts[0].host`",
        "so `curl -v http://localhost:8080/health` from inside the pod works but the service doesn't — selector typo? `app: cheackout` 😂",
        "Thx! Done: `ALTER ROLE bi_leser SET statement_timeout = '60s';`",
        "Prometheus says `up{job=\"mailer\"} == 0` since the namespace move, I think the ServiceMonitor label selector is wrong",
        "ping @oncall-infra: TLS on portal.example.de expires in 7 days, certbot log shows `Challenge failed for domain` 🔐",
        "weekend summary: 3 pages, all disk-related on es-01, snapshot cleanup cron fixed in OPS-2711. quiet otherwise 😴",
        "Heute 15 Uhr Wartung am Loadbalancer lb-01 – Traffic läuft solange über lb-02. Bei Problemen bitte in #betrieb melden.",
        "@channel le déploiement de 14h est reporté à 16h, le pipeline de tests d'intégration est cassé (`docker pull` timeout)",
        "I've put the full stack trace in the snippet, short version: `java.lang.OutOfMemoryError: Java heap space` at the PDF export",
        "does anybody remember why /etc/hosts on app-02 has `10.0.4.12 db-primary.internal`? DNS has the right record now",
        "hahaha the disk was full because of `core.*` dumps in / from the crashing worker, 40 GB of them 🫠",
        "can I get a 👀 on this Terraform plan? `Plan: 2 to add, 0 to change, 1 to destroy.` the destroy is the old NAT gateway",
    ]
    emojis = ["👍", "🙏", "✅", "🔥", "😅", "👀", ":+1:", ":eyes:", ":white_check_mark:", ""]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "restarting %s on %s, should be quick %s" % (pick(SERVICES), pick(HOSTS), pick(emojis))
        if k == 1:
            return "@%s can you look at %s? `%s` %s" % (pick(PEOPLE), pick(TICKETS), pick(["kubectl -n %s get pods" % pick(NAMESPACES), "tail -f /var/log/%s/error.log" % pick(SERVICES), "df -h /var", "systemctl status %s" % pick(SERVICES)]), pick(emojis))
        if k == 2:
            return "%s deployed %s %s to %s %s" % (pick(PEOPLE), pick(SERVICES), pick(VERSIONS), pick(["prod", "staging", "eu-west", "the canary"]), pick(emojis))
        return "%s %s" % (pick(["Ich schaue mir %s gleich an" % pick(TICKETS), "Je regarde %s" % pick(TICKETS), "Miro %s ahora" % pick(TICKETS), "%s を確認します" % pick(TICKETS), "Смотрю %s" % pick(TICKETS), "Vou olhar %s" % pick(TICKETS)]), pick(emojis))
    return fill("chat-ops", lit, gen)


CATEGORIES = [
    ("runbook-steps", runbook_steps),
    ("config-snippets", config_snippets),
    ("iac-manifests", iac_manifests),
    ("windows-admin", windows_admin),
    ("logs-and-errors", logs_and_errors),
    ("incident-notes", incident_notes),
    ("paths-and-urls", paths_and_urls),
    ("sql-ops", sql_ops),
    ("monitoring-alerts", monitoring_alerts),
    ("chat-ops", chat_ops),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb21-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-20s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-20s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
