"""WAF, part 2z44: held-out probes, sixty-seventh file (README: the
seventy-fifth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the icerink, stainedglass, tramway and sheepdogtrials corpora
showed when first replayed (at db6e676) that the round fixed, an attack
the round refuses and a look-alike it passes:
- into-variables: MySQL's INTO session variables after a number or a
  closer, the rest commented out; "into" before people's handles.
- spel-environment: Spring's environment beans read in a #{ }
  expression; a #{ } placeholder.
- paid-record: a dated record after a sentence and a typed line break
  that says an order was marked paid (checked as a JSON body field, where
  a note's line break is typed text); the claim in a sentence.
- mail-body: an e-mail address, an empty line, then text (a mail's body
  after its header); an address, one line break and a note.
- probe-span-chain: a command line whose host probe in backticks ends
  the value with ";"; a span in a sentence that goes on.
- option-config: a value that opens with a configuration option given
  an upload's or a tmp directory's file or the program's own input; the
  option given a home's file.
- output-glued: an output option glued to a web root's directory; an
  output option given a file name.
Measured on db6e676: every attack passed in every placement but
paid-record's in the query (its line break there was already refused),
and every look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "into-variables": ["Lot 7 INTO @p,@q-- -", "4) INTO @v#"],
    "spel-environment": ["#{systemProperties['user.home']}"],
    "paid-record": ["Shelf C\n2025-03-04 08:09:10 INFO order 5521 marked paid"],
    "mail-body": ["ops@example.net\r\n\r\nYour parcel is held: release it at "
                  "https://attacker.example/r"],
    "probe-span-chain": ["cat `whoami`;"],
    "option-config": ["--rcfile /var/app/tmp/x.cfg", "-config /dev/stdin"],
    "output-glued": ["-o/srv/www/htdocs/ in.zip"],
}

BENIGN = {
    "into-variables": ["Split 3 into @ana and @ben", "Merge 2 into @ops later"],
    "spel-environment": ["Hash #{name} fills the slot"],
    "paid-record": ["Shelf C: order 5521 marked paid on 2025-03-04"],
    "mail-body": ["ops@example.net\r\nPlease call me back"],
    "probe-span-chain": ["Use `whoami` first; then log in"],
    "option-config": ["--config ~/.app/config.yml", "--rcfile ~/.toolrc"],
    "output-glued": ["-o out.zip"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r67_attack_refused_everywhere,
 test_heldout_r67_benign_passes) = heldout_probe_tests(
    "r67", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
