"""WAF, part 2z46: held-out probes, sixty-ninth file (README: the
seventy-seventh round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the canoehire, lavenderfarm, dogwalkers and tidemill corpora
showed when first replayed (at fe7b644) that the round fixed, an attack
the round refuses and a look-alike it passes:
- ntuser-path: a Windows account's registry hive by its profile's path,
  either slash; the file's name in a sentence.
- go-getenv: a Go template helper reading an environment variable by
  name; a Go template showing one field.
- json-log-by: after a typed line break, a JSON log record naming who
  acted with a "by" key (checked in both placements); a sentence.
- sort-stacked: a sort list's direction, a ";" and a statement of its
  own; a sort list of two directions, and a sentence.
- redis-keys-all: a Lua script for Redis that reads every key; one that
  reads one key.
- ldap-escaped: a wildcard's close and a filter of its own written partly
  in a filter's hex escapes; the escape explained in a sentence.
Measured on fe7b644: the attacks passed in every placement, the
look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "ntuser-path": ["D:/Users/ops/ntuser.dat", "C:\\Users\\kiosk\\NTUSER.DAT"],
    "go-getenv": ["{{ .Env.Getenv \"API_KEY\" }}"],
    "json-log-by": ["Boat 9 ok\n{\"level\":\"info\",\"event\":\"hull_cleared\",\"boat\":\"9\","
                    "\"by\":\"owner\"}"],
    "sort-stacked": ["name DESC;SELECT * FROM staff"],
    "redis-keys-all": ["EVAL \"return redis.call('keys','*')\" 0"],
    "ldap-escaped": ["\\2a)(\\7c(cn=\\2a)"],
}

BENIGN = {
    "ntuser-path": ["Backups of NTUSER.DAT are skipped"],
    "go-getenv": ["{{ .Env.HOME }} is shown"],
    "json-log-by": ["Boat 9 was cleared by the owner at noon"],
    "sort-stacked": ["price ASC, name DESC", "Sort by price asc; select a size first"],
    "redis-keys-all": ["redis.call('get', KEYS[1]) reads one key"],
    "ldap-escaped": ["Use \\2a for a star in LDAP filters"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r69_attack_refused_everywhere,
 test_heldout_r69_benign_passes) = heldout_probe_tests(
    "r69", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
