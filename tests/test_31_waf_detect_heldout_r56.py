"""WAF, part 2z33: held-out probes, fifty-sixth file (README: the
sixty-fourth round), written for this file on 2026-12-06. No string is taken
from a corpus or a public list: each class is written here in shapes of
our own, through the real edge (shipped config, bans off).

The classes the glassworks, sailingschool, pipeorgan and escrow corpora
(and the older rounds' misses beside them) showed when first replayed (at
b73dc03) that the round fixed, an attack the round refuses and a
look-alike it passes:
- secret-short-name: a password's short name ("pw", "x_pw") filtered by
  a prefix pattern; a field whose name only starts with the letters.
- svg-use-external: an SVG <use> that draws another host's document; one
  that draws a fragment of its own.
- formula-after-row-break: a spreadsheet formula that opens a cell of its
  own after a row's text and a tab; one a label introduces to a reader.
- log-record-actor-by: a dated log record naming who acted after "by=",
  after a short phrase and a typed line break; the same claim with no
  record's shape.
- log-served-line: an access log's whole line for a request served, after
  two tokens; the same line a label introduces.
- log-audit-tag: an "[AUDIT]" record with no date naming who acted; the
  same words without the tag.
- log-json-actor: a JSON log object naming its actor by a key; one that
  names none.
- log-csv-row-claim: a CSV row after a short phrase and a typed line
  break, one of its cells a privileged account; the same row inside the
  phrase's line.
- log-sshd-accepted: sshd's line for a root session let in, after a
  short phrase; the same line as the whole value (a line pasted, none
  forged).
- file-read-substitution: bash's "$(< file)" reading a key file into the
  command line; the same signs around a number.
- viewstate-binary: an ASP.NET ViewState whose object token carries a
  BinaryFormatter stream; a ViewState of a plain pair.
Measured on b73dc03: every attack passed as a JSON body field; the
first three, the JSON log object, sshd's line, the file read and the
ViewState passed in
every placement (the other records were refused in the query, where a
line break before a stamped, tagged or CSV line already is); the
look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "secret-short-name": ['{"admin_pw":{"$regex":"^k"}}'],
    "svg-use-external": ['<svg width="9"><use href="https://cdn.h4x.example/a.svg#p"/></svg>'],
    "formula-after-row-break": ['Dock 4\t=IMAGE("https://h4x.example/t.png")'],
    "log-record-actor-by": ["crate 12 packed\n2025-02-03 04:05:06 INFO vault opened by=root"],
    "log-served-line": ['mast 3\n198.51.100.77 - - [03/Feb/2025:04:05:06 +0000] '
                        '"POST /admin/grant HTTP/1.1" 200 91'],
    "log-audit-tag": ["parcel 9 sealed\r\n[AUDIT] escrow hold lifted for acct 5521 by=clerk"],
    "log-json-actor": ['tray 5 done\n{"msg":"limits raised","level":"info","actor":"root"}'],
    "log-csv-row-claim": ["Bin 4\n2025-02-03,root,purge_all,ok"],
    "log-sshd-accepted": ["rack 2 ok\nJun  7 01:02:03 h1 sshd[77]: Accepted publickey for root"
                          " from 192.0.2.8 port 4022 ssh2"],
    "file-read-substitution": ["report $(< ~/work/app.key)"],
    "viewstate-binary": ["state=/wEykAIAAQAAAP////8BAAAAAAAAAAwCAAAAEFNvbWUuTGliLldpZGdldHM="],
}

BENIGN = {
    "secret-short-name": ['{"pwm_duty":{"$regex":"^5"}}'],
    "svg-use-external": ['<svg width="9"><use href="#glyph-anchor"/></svg>'],
    "formula-after-row-break": ['Formula for the sheet:\n=IMAGE("https://img.example.org/t.png")'],
    "log-record-actor-by": ["crate 12 packed\nvault opened by=root"],
    "log-served-line": ['Here is what the proxy wrote:\n198.51.100.77 - - '
                        '[03/Feb/2025:04:05:06 +0000] "GET /x HTTP/1.1" 404 0'],
    "log-audit-tag": ["parcel 9 sealed\r\nescrow hold lifted for acct 5521 by=clerk"],
    "log-json-actor": ['tray 5 done\n{"msg":"limits raised","level":"info"}'],
    "log-csv-row-claim": ["Bin 4 2025-02-03,root,purge_all,ok"],
    "log-sshd-accepted": ["Jun  7 01:02:03 h1 sshd[77]: Accepted publickey for root"
                          " from 192.0.2.8 port 4022 ssh2"],
    "file-read-substitution": ["budget $(<500) per seat"],
    "viewstate-binary": ["state=/wEPDwUKMTIzNDU2Nzg5MGRk"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r56_attack_refused_everywhere,
 test_heldout_r56_benign_passes) = heldout_probe_tests(
    "r56", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
