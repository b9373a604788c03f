"""WAF, part 2u: held-out probes, nineteenth file (README: the thirtieth
round), written for this file on 2026-12-05 after the agriculture corpus
(tests/corpus/agriculture/) was first replayed, for the classes it
showed. No string is taken from a corpus or a public list: each class is
written here in shapes of our own, through the real edge (shipped config,
bans off).

Look-alikes that must pass, by class:
- file-args: "cc" (a mail's copy) before a plain word in a sentence;
- quoted-nothing: a $ne of a real value;
- named-url: a field whose name ends in "_url" given a public URL;
- from-stacked: "from", ";" and "--" in a sentence.

Attacks that must be refused, by class:
- file-args: the compiler given an option and files after "&";
- quoted-nothing: a $ne of "1" (a number that decides nothing, quoted);
- named-url: a field whose name ends in "_url" given a private address;
- from-stacked: a column list's value that ends the statement with a
  FROM and ";", then a SELECT of its own commented out.

Measured before the change (2026-12-05, on d80e0d5): see the commit
message. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "file-args": ["x & cc -o /tmp/p /tmp/p.c"],
    "quoted-nothing": ["{\"herd\": {\"$ne\": \"1\"}}"],
    "named-url": ["{\"name\": \"East block\", \"tile_url\": \"http://192.168.4.20:8000/admin\"}"],
    "from-stacked": ["bales FROM stock s; SELECT uname, pw FROM staff-- "],
}

BENIGN = {
    "file-args": ["Invite the vet & cc pasture notes to the co-op"],
    "quoted-nothing": ["{\"herd\": {\"$ne\": \"heifers\"}}"],
    "named-url": ["{\"name\": \"East block\", "
                  "\"tile_url\": \"https://tiles.example.org/{z}/{x}/{y}.png\"}"],
    "from-stacked": ["Moved hay from barn 2; selected the dry bales -- wet ones go to compost"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r19_attack_refused_everywhere,
 test_heldout_r19_benign_passes) = heldout_probe_tests(
    "r19", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
