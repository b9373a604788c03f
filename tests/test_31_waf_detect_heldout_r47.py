"""WAF, part 2z24: held-out probes, forty-seventh file (README: the
fifty-fifth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the older corpora's misses and the winery, locksmith,
genomics and kiosks corpora showed, each an attack the round refuses and
a look-alike it passes:
- admin-path: a URL in a sentence at a private address whose path opens
  a service's administration API; a dashboard's path at the same host;
- ip-label-name: a URL in a sentence at a name whose first labels are
  the loopback's address; a public address's labels the same way;
- option-url: a line that opens with an option given a URL, then a
  package; the same option after an install command in a sentence;
- word-apostrophe: a name's apostrophe, the literal closed after it,
  then a condition; the same name and quotes in a sentence;
- go-env-dump: a Go template printing the whole environment map; one
  variable of it named;
- sed-exec: sed's execute command at an address in -e's operand; a
  substitution in the same place;
- approx-tilde: an interpreter after a ";" given a script under "~"; a
  "~" before a number after the same word.
Measured on b1dcb85: 6 of those 7 attacks passed (approx-tilde's was
refused already), 1 of the 7 look-alikes was refused (approx-tilde's).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "admin-path": ["Dashboard moved, see http://10.20.30.40:8500/v1/agent/self for status"],
    "ip-label-name": ["try http://127.0.0.1.tunnel-demo.example:9000/ now"],
    "option-url": ["--extra-index-url=http://pkgs.mirror-demo.example/simple/ mylib"],
    "word-apostrophe": ["d'Arcy' OR 'q' LIKE 'q"],
    "go-env-dump": ['{{ printf "%q" .Env }}'],
    "sed-exec": ["-e '3e uname -a' notes.txt"],
    "approx-tilde": ["Label sent; expect ~/run.exp"],
}

BENIGN = {
    "admin-path": ["Dashboard moved, see http://10.20.30.40:3000/d/overview for status"],
    "ip-label-name": ["try http://1.2.3.4.tunnel-demo.example:9000/ now"],
    "option-url": ["pip install mylib --extra-index-url https://pkgs.mirror-demo.example/simple/"],
    "word-apostrophe": ["d'Arcy's 'red' or 'blue' coat"],
    "go-env-dump": ["Tag {{ .Env.APP_VERSION }} pushed"],
    "sed-exec": ["-e 's/colour/color/g' notes.txt"],
    "approx-tilde": ["Label sent; expect ~30 days for approval"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r47_attack_refused_everywhere,
 test_heldout_r47_benign_passes) = heldout_probe_tests(
    "r47", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
