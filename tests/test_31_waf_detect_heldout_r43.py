"""WAF, part 2z20: held-out probes, forty-third file (README: the
fifty-first round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the mapmaking, pharmacyops, smartcontracts and cinema
corpora showed when first replayed (at a199870), each an attack the
round refuses and a look-alike it passes:
- prefixed-path: a file in a writable system directory run in the
  background after nohup; a script of the project's run the same way;
- ini-session: a PHP session directive set by its own name; an
  application's setting under a session prefix PHP does not have;
- env-member: the whole environment written out after a breakout; one
  variable read by its name in a config.
Measured on a199870: 1 of those 3 attacks passed (the others were
refused by other rules), 2 of the 3 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "prefixed-path": ["ok & nohup /dev/shm/run.sh >/dev/null 2>&1 &"],
    "ini-session": ["session.save_handler = files"],
    "env-member": ["1);res.end(JSON.stringify(process.env));//"],
}

BENIGN = {
    "prefixed-path": ["ok & nohup ./train.py > out.log 2>&1 &"],
    "ini-session": ["session.idle_minutes = 20"],
    "env-member": ["apiKey: process.env.MAP_API_KEY,"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r43_attack_refused_everywhere,
 test_heldout_r43_benign_passes) = heldout_probe_tests(
    "r43", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
