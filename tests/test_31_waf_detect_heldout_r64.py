"""WAF, part 2z41: held-out probes, sixty-fourth file (README: the
seventy-second round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the bellfoundry, seedlibrary, dronerepair and circusschool
corpora showed when first replayed (at 4132484) that the round fixed, an
attack the round refuses and a look-alike it passes:
- label-internal-url: a label's colon, then a URL at a loopback address
  written as an IP and nothing after; a developer's callback at
  localhost.
- arrow-private-url: an arrow, then a URL at a private address; the same
  arrow before a public site.
- labelled-login-record: a label's colon, a typed line break, then a dated
  record claiming a privileged login; the same claim in a sentence under
  the label.
Measured on 4132484: the attacks passed in every placement (the record as
a JSON body field; the query already refused its line break), and the
look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "label-internal-url": ["Pickup slot 3: http://127.0.0.1:7000/admin"],
    "arrow-private-url": ["Gallery -> http://10.0.0.5/internal/export"],
    "labelled-login-record": ["Ticket 88: \n2025-07-08 09:10:11 INFO root login ok"],
}

BENIGN = {
    "label-internal-url": ["OAuth callback: http://localhost:3000/cb"],
    "arrow-private-url": ["Gallery -> https://photos.example.net/album/5"],
    "labelled-login-record": ["Ticket 88: root login ok, then the page froze"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r64_attack_refused_everywhere,
 test_heldout_r64_benign_passes) = heldout_probe_tests(
    "r64", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
