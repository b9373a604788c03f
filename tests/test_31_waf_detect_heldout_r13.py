"""WAF, part 2o: held-out probes, thirteenth file (README: the
twenty-fifth round), written for this file on 2026-12-05 after the
round's two new held-out corpora (tests/corpus/education/,
tests/corpus/travel/) were first replayed, for the classes they showed.
No string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

Look-alikes that must pass, by class:
- arithmetic: a shell's arithmetic expansion ("$((n % 4))") in a
  question and in an assignment;
- code-span: a call a markdown code span holds in a question (JavaScript's
  alert, Python's os.system);
- on-word: English words that start with "on" before "=" ("online =
  12 EUR", "onset = day 3");
- webcal: a calendar subscription at a public host;
- clf-time: an access log's time in a sentence;
- ssh-write: advice that names ~/.ssh/authorized_keys.

Attacks that must be refused, by class:
- arithmetic: a command substitution inside arithmetic ("$((a[$(id)]))"),
  a subshell in a substitution ("$( (id) )");
- code-span: the same calls outside a span, or a span with no sentence;
- on-word: a real event handler after a quote;
- webcal: a calendar subscription at the loopback address or at
  0.0.0.0;
- clf-time: a record that opens with an access log's bracketed time,
  after one token and a line break;
- ssh-write: a redirection appending a key to authorized_keys.

Measured before the change (2026-12-05, on cf2fd14): 10 of 20 probes
failed. Attacks passed: webcal 2 of 2, clf-time 1 of 1, ssh-write 1 of 1
(the others were refused already, by other rules). Look-alikes refused:
arithmetic 2 of 2, code-span 2 of 2, on-word 2 of 2. After it: every
attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "arithmetic": ["$((i[$(uname)]))", "$( (uname -a) )"],
    "code-span": ["x';os.popen('uname');'", "`os.system('uname')`", "\";confirm(7);//"],
    "on-word": ["\" onfocus=confirm(7) autofocus x=\""],
    "webcal": ["webcal://127.0.0.1:7070/cal.ics", "webcals://0.0.0.0:9000/feeds/ops.ics"],
    "clf-time": ["AB12CD\r\n[03/Apr/2025:10:00:00 +0000] NOTICE user=root granted"],
    "ssh-write": ["PNR9; printf 'ssh-ed25519 AAAAxyz k@evil.test'>>~/.ssh/authorized_keys"],
}

BENIGN = {
    "arithmetic": ["In bash, what does `echo $((n % 4))` print when n is 10?",
                   "total=$((total + price))"],
    "code-span": ["Why does `confirm('Delete?')` block the page?",
                  "Should I avoid `os.popen('ls')` in the lab script?"],
    "on-word": ["A second bag bought online = \u20ac30, at the desk = \u20ac55",
                "symptom onset = \u00b12 days"],
    "webcal": ["webcal://calendar.example.org/holidays.ics"],
    "clf-time": ["Logs show [03/Apr/2025:10:00:00 +0000] as the first request of the day."],
    "ssh-write": ["Paste your public key into the file authorized_keys under ~/.ssh on the host."],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r13_attack_refused_everywhere,
 test_heldout_r13_benign_passes) = heldout_probe_tests(
    "r13", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
