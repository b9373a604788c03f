"""WAF, part 2z42: held-out probes, sixty-fifth file (README: the
seventy-third round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the hotairballoon, quilting, scrapyard and puppettheatre
corpora showed when first replayed (at 80338e2) that the round fixed, an
attack the round refuses and a look-alike it passes:
- from-internal-url: "from" before a URL at a loopback or a private
  address written as an IP (what is taken from it, a server's import
  fetches); "from" before a developer's localhost page.
- sed-e-command: sed's -e script whose "e" command, after an address,
  runs a command line; a sed substitution.
- signed-record: a dated record after a typed line break that names who
  signed it with signed=; the same record after a label on one line.
Measured on 80338e2: the attacks passed in every placement (the record as
a JSON body field; the query already refused its line break), the
look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "from-internal-url": ["Pull the rota from http://10.0.0.9:8080/export"],
    "sed-e-command": ["-n -e '4e hostname'"],
    "signed-record": ["Bay 4\r\n2025-08-09 10:11:12 INFO check PASS signed=KL"],
}

BENIGN = {
    "from-internal-url": ["Copied the steps from http://localhost:3000/docs"],
    "sed-e-command": ["sed -e 's/draft/final/' notes.txt"],
    "signed-record": ["Bay 4: 2025-08-09 10:11:12 INFO check PASS signed=KL"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r65_attack_refused_everywhere,
 test_heldout_r65_benign_passes) = heldout_probe_tests(
    "r65", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
