"""WAF, part 2z19: held-out probes, forty-second file (README: the
fiftieth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the bibliography, notebooks, esports and crashreports
corpora showed when first replayed (at bea78cb), each an attack the
round refuses and a look-alike it passes:
- nested-keyword: UNION and SELECT each nested in itself, what a filter
  that deletes them once leaves; words that hold "union" and "select";
- psql-c: the shell escape given to a database client's -c; a
  meta-command that lists tables given the same way;
- invisible-chars: zero-width spaces inside parent steps to a secret
  file; a zero-width non-joiner in a sentence and an emoji's joiners;
- ios-sandbox: a path into macOS's /private/etc; an app's sandbox under
  /var/mobile/Containers, what a crash report names.
Measured on bea78cb: 3 of those 4 attacks passed (the other was refused
by another rule), 1 of the 4 look-alikes was refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "nested-keyword": ["0 UNUNIONION SELSELECTECT null,null-- -"],
    "psql-c": ["-c '\\! whoami' reports"],
    "invisible-chars": ["..\u200b/..\u200b/..\u200b/etc/shadow"],
    "ios-sandbox": ["/private/etc/master.passwd"],
}

BENIGN = {
    "nested-keyword": ["reunion selection at the club"],
    "psql-c": ["use -c '\\dt' to list tables"],
    "invisible-chars": ["we will \u200cmeet the family \U0001F468\u200d\U0001F469\u200d"
                        "\U0001F467 at noon"],
    "ios-sandbox": ["/var/mobile/Containers/Data/Application/ABCD-1234/Documents/export.json"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r42_attack_refused_everywhere,
 test_heldout_r42_benign_passes) = heldout_probe_tests(
    "r42", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
